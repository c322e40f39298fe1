/**
 * What waits for whom (UX-6): each staff member's to-do list, counted in the database when their home page opens, and
 * reminders — an in-portal notice and an e-mail through the SMTP server — when a ledger is due in seven days or
 * overdue, an accreditation ends in 90 or 30 days, a rectification deadline is near, an application changes state or
 * an expert is assigned.
 *
 * <p>Invariants: one reminder per event and person (a unique key, so a second timer run or a second server cannot
 * repeat it); e-mail goes only to people who did not turn it off; the date-based sweep and the mailing run on one
 * server at a time (a PostgreSQL advisory lock); every date comes from the portal clock.
 *
 * <p>Callers: every signed-in person reads their own to-do list and reminders and sets their own e-mail choice; the
 * portal's timer ({@code portal-system}) sweeps and mails.
 */
package cn.bjip.outlets.reminder;
