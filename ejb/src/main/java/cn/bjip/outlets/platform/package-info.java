/**
 * What every domain package shares: the caller's identity and roles, the one portal clock, refusals that name their
 * field in Chinese or English ({@code BusinessRuleViolation}, {@code NotFound}, {@code StaleVersion}), the rules for
 * typed text ({@code PlainText}) and years, paging, upload checks, personal data encrypted at rest
 * ({@code PersonalData}, {@code DataKeys}) and the schema migration at deployment.
 *
 * <p>Nothing here knows a domain concept; the domain packages depend on it, never the other way round.
 */
package cn.bjip.outlets.platform;
