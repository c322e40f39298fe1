/**
 * Supervision (监督管理): quarterly ledgers, year-end summaries, annual goals, rectification, disqualification and
 * revocation, notices and the network dashboard.
 *
 * <p>Invariants: a quarter's ledger is built from its records and, once submitted, freezes them until center staff
 * reopen it; a rectification runs six months and an outlet is disqualified only after that; disqualification and
 * revocation take the outlet off the directory and bar applications for the period the regulation sets.
 *
 * <p>Callers: outlet staff (their own ledgers, summary, rectification answers, notices for them); center staff and the
 * office (overviews, goals, rectification, notices, dashboard); the office alone revokes.
 */
package cn.bjip.outlets.supervision;
