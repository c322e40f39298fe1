package cn.bjip.outlets.supervision;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletScope;
import cn.bjip.outlets.outlet.OutletStatus;
import cn.bjip.outlets.outlet.OutletView;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.platform.Reasons;
import cn.bjip.outlets.platform.Years;
import cn.bjip.outlets.record.MetricService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The boundary for quarterly work ledgers: built from the quarter's service records, submitted by the
 * outlet (which freezes the quarter, see {@link LedgerFreeze}), reopened by center staff for a correction, watched
 * network-wide with overdue ones flagged. Outlet staff reach their own outlet's ledgers only.
 */
@Stateless
public class LedgerService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OutletScope scope;

    @EJB
    private MetricService metrics;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    @Resource
    private SessionContext context;

    /** The ledger of an outlet's quarter, with its figures; outlet staff ask for their own outlet. */
    @RolesAllowed({OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public Ledger ledger(String outletCode, int year, int quarter) {
        Years.check(year);
        Outlet outlet = outlet(outletCode);
        requireQuarter(quarter);
        QuarterlyLedger row = row(outlet, year, quarter);
        LedgerState state = row == null ? LedgerState.NOT_SUBMITTED : row.getState();
        LocalDate today = LocalDate.now(clock);
        boolean over = LedgerDue.over(year, quarter, today);
        Set<Ledger.Action> actions = EnumSet.noneOf(Ledger.Action.class);
        if (scope.limited() && state != LedgerState.SUBMITTED && over) {
            actions.add(Ledger.Action.SUBMIT);
        }
        if (context.isCallerInRole(CENTER_STAFF) && state == LedgerState.SUBMITTED) {
            actions.add(Ledger.Action.REOPEN);
        }
        return new Ledger(OutletView.of(outlet), year, quarter, state, LedgerDue.dueOn(year, quarter),
                LedgerDue.overdue(year, quarter, state, today), over,
                row == null ? null : row.getRemarks(), row == null ? null : row.getSubmittedAt(),
                state == LedgerState.SUBMITTED ? LedgerDue.daysLate(year, quarter, row.getSubmittedAt()) : 0,
                row == null ? null : row.getSubmittedBy(), row == null ? null : row.getReopenReason(),
                metrics.forOutlet(outlet.getCode(), LedgerDue.quarter(year, quarter), null), actions);
    }

    /** The caller's outlet submits a quarter's ledger once the quarter is over; its records are frozen from then. */
    @RolesAllowed(OUTLET_STAFF)
    public Ledger submit(int year, int quarter, String remarks) {
        Years.check(year);
        Outlet outlet = scope.mine();
        requireQuarter(quarter);
        if (!LedgerDue.over(year, quarter, LocalDate.now(clock))) {
            throw new BusinessRuleViolation("ledger.quarterNotOver", null, String.valueOf(year), quarter);
        }
        QuarterlyLedger row = row(outlet, year, quarter);
        if (row == null) {
            row = new QuarterlyLedger(outlet, year, quarter);
            em.persist(row);
        }
        row.submit(Reasons.optional(remarks), clock.instant(), caller.name());
        audit.record("ledger.submitted", "Outlet", outlet.getCode(), year + "-Q" + quarter);
        return ledger(outlet.getCode(), year, quarter);
    }

    /** Center staff reopen a submitted ledger so that the outlet can correct the quarter's records; audited. */
    @RolesAllowed(CENTER_STAFF)
    public Ledger reopen(String outletCode, int year, int quarter, String reason) {
        Years.check(year);
        String why = Reasons.required(reason);
        Outlet outlet = outlet(outletCode);
        QuarterlyLedger row = row(outlet, year, quarter);
        if (row == null) {
            throw new BusinessRuleViolation("ledger.notSubmitted", null, String.valueOf(year), quarter);
        }
        row.reopen(why, clock.instant(), caller.name());
        audit.record("ledger.reopened", "Outlet", outletCode, year + "-Q" + quarter + ": " + why);
        return ledger(outletCode, year, quarter);
    }

    /** Every active outlet's ledger state for a quarter, overdue ones flagged, by outlet code, paged in the database. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public PageResult<LedgerStatus> overview(int year, int quarter, int first, int size) {
        Years.check(year);
        requireQuarter(quarter);
        List<Object[]> rows = size <= 0 ? List.of() : em.createQuery("select o.code, o.profile.nameZh, o.networkType, l.state, "
                        + "l.submittedAt from Outlet o left join QuarterlyLedger l on l.outlet = o and l.year = :year "
                        + "and l.quarter = :quarter where o.status = :active order by o.code", Object[].class)
                .setParameter("year", year).setParameter("quarter", quarter).setParameter("active", OutletStatus.ACTIVE)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(size, PageResult.MAX_SIZE)).getResultList();
        long total = em.createQuery("select count(o) from Outlet o where o.status = :active", Long.class)
                .setParameter("active", OutletStatus.ACTIVE).getSingleResult();
        LocalDate today = LocalDate.now(clock);
        return new PageResult<>(rows.stream().map(r -> {
            LedgerState state = r[3] == null ? LedgerState.NOT_SUBMITTED : (LedgerState) r[3];
            return new LedgerStatus((String) r[0], (String) r[1], (String) r[2], state, (Instant) r[4],
                    state == LedgerState.SUBMITTED ? LedgerDue.daysLate(year, quarter, (Instant) r[4]) : 0,
                    LedgerDue.overdue(year, quarter, state, today));
        }).toList(), total);
    }

    /** One outlet's line of the quarter's overview export, with its record and beneficiary totals. */
    public record OverviewLine(LedgerStatus status, long records, long beneficiaries) {
    }

    /**
     * Every active outlet's ledger state for a quarter with the quarter's record totals (aggregated in the
     * database), for the office's export: one line per outlet, by outlet code.
     */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<OverviewLine> overviewWithTotals(int year, int quarter) {
        Years.check(year);
        var period = LedgerDue.quarter(year, quarter);
        Map<String, long[]> totals = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.code, sum(r.records), sum(r.beneficiaries) from record_rollup r "
                        + "join outlet o on o.id = r.outlet_id where r.month >= ?1 and r.month < ?2 group by o.code")
                .setParameter(1, period.start()).setParameter(2, period.endExclusive()).getResultList();
        rows.forEach(r -> totals.put((String) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        List<OverviewLine> lines = new ArrayList<>();
        for (int first = 0; ; first += PageResult.MAX_SIZE) {
            List<LedgerStatus> page = overview(year, quarter, first, PageResult.MAX_SIZE).rows();
            page.forEach(s -> {
                long[] t = totals.getOrDefault(s.outletCode(), new long[2]);
                lines.add(new OverviewLine(s, t[0], t[1]));
            });
            if (page.size() < PageResult.MAX_SIZE) {
                return lines;
            }
        }
    }

    /** The caller's outlet's ledgers of a year that are overdue: what its home page flags. */
    @RolesAllowed(OUTLET_STAFF)
    public List<Integer> myOverdueQuarters(int year) {
        Years.check(year);
        Outlet outlet = scope.mine();
        LocalDate today = LocalDate.now(clock);
        return IntStream.rangeClosed(1, 4).filter(q -> {
            QuarterlyLedger row = row(outlet, year, q);
            return LedgerDue.overdue(year, q, row == null ? LedgerState.NOT_SUBMITTED : row.getState(), today);
        }).boxed().toList();
    }

    private Outlet outlet(String outletCode) {
        return scope.reachable(outletCode);
    }

    private QuarterlyLedger row(Outlet outlet, int year, int quarter) {
        return em.createQuery("select l from QuarterlyLedger l where l.outlet = :outlet and l.year = :year "
                        + "and l.quarter = :quarter", QuarterlyLedger.class)
                .setParameter("outlet", outlet).setParameter("year", year).setParameter("quarter", quarter)
                .getResultStream().findFirst().orElse(null);
    }

    private static void requireQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new BusinessRuleViolation("ledger.quarter", "quarter", quarter);
        }
    }
}
