/**
 * Outlets (网点): the institutions accredited to serve the public, their details, their place in the public directory
 * and the list-change announcements (R-2, R-6, Art. 6–7).
 *
 * <p>Holds the {@code Outlet} entity and its registration input, change filings with their approval, the directory and
 * announcements, and the expiry warnings. Invariants: an outlet's code ({@code BJ-<TYPE>-nnn}) and network type never
 * change; an outlet is listed from its accreditation day until it expires, is disqualified or revoked; a change of its
 * details takes effect only when center staff approve the filing, and is announced.
 *
 * <p>Callers: {@code OutletService} and {@code ChangeFilingService} for center staff and the office (registration,
 * approval); outlet staff reach only their own outlet, the one their token's {@code outlet_code} names — checked by
 * every service through {@code OutletScope}, and held again by PostgreSQL's row-level security, whose setting
 * {@code OutletRowScope} gives every transaction; {@code DirectoryService} answers everyone, signed in or not.
 */
package cn.bjip.outlets.outlet;
