package cn.bjip.outlets.supervision;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;

import cn.bjip.outlets.outlet.ExpiryWarning;
import cn.bjip.outlets.outlet.OutletStatus;
import cn.bjip.outlets.record.MetricReport;
import cn.bjip.outlets.record.MetricService;
import cn.bjip.outlets.record.ReportPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aggregates the dashboard in PostgreSQL (group-by queries, nothing loaded row by row). */
@Stateless
public class DashboardService {

    private static final String LISTED = "o.status = :active and o.accreditedOn <= :today and o.expiresOn > :today";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private MetricService metrics;

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public Dashboard network() {
        LocalDate today = LocalDate.now(clock);
        LedgerDue.Quarter quarter = LedgerDue.lastEnded(today);
        Map<String, Long> byType = grouped("o.networkType", today);
        return new Dashboard(quarter, byType, grouped("o.profile.district", today), standing(today),
                ledgers(quarter, today), countRectifications(today, false), countRectifications(today, true), trend(quarter),
                goals(today.getYear(), byType));
    }

    private Map<String, Long> grouped(String column, LocalDate today) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select " + column + ", count(o) from Outlet o where " + LISTED + " group by " + column
                        + " order by count(o) desc", Object[].class)
                .setParameter("active", OutletStatus.ACTIVE).setParameter("today", today).getResultList()
                .forEach(row -> counts.put(String.valueOf(row[0]), (Long) row[1]));
        return counts;
    }

    private Dashboard.Standing standing(LocalDate today) {
        Object[] row = em.createQuery("select "
                        + "sum(case when " + LISTED + " then 1 else 0 end), "
                        + "sum(case when " + LISTED + " and o.expiresOn <= :soon then 1 else 0 end), "
                        + "sum(case when o.status = :active and o.expiresOn <= :today then 1 else 0 end), "
                        + "sum(case when o.status = :disqualified then 1 else 0 end), "
                        + "sum(case when o.status = :revoked then 1 else 0 end) from Outlet o", Object[].class)
                .setParameter("active", OutletStatus.ACTIVE).setParameter("today", today)
                .setParameter("soon", today.plusDays(ExpiryWarning.FIRST_WARNING_DAYS))
                .setParameter("disqualified", OutletStatus.DISQUALIFIED).setParameter("revoked", OutletStatus.REVOKED)
                .getSingleResult();
        return new Dashboard.Standing(count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]));
    }

    private List<Dashboard.LedgerCount> ledgers(LedgerDue.Quarter quarter, LocalDate today) {
        return em.createQuery("select o.networkType, count(o), count(l) from Outlet o left join QuarterlyLedger l "
                        + "on l.outlet = o and l.year = :year and l.quarter = :quarter and l.state = :submitted "
                        + "where " + LISTED + " group by o.networkType order by o.networkType", Object[].class)
                .setParameter("year", quarter.year()).setParameter("quarter", quarter.quarter())
                .setParameter("submitted", LedgerState.SUBMITTED)
                .setParameter("active", OutletStatus.ACTIVE).setParameter("today", today).getResultList().stream()
                .map(r -> new Dashboard.LedgerCount((String) r[0], (Long) r[1], (Long) r[2])).toList();
    }

    private long countRectifications(LocalDate today, boolean overdueOnly) {
        var query = em.createQuery("select count(r) from Rectification r where r.state in :open"
                        + (overdueOnly ? " and r.deadline < :today" : ""), Long.class)
                .setParameter("open", List.of(RectificationState.OPEN, RectificationState.ANSWERED));
        if (overdueOnly) {
            query.setParameter("today", today);
        }
        return query.getSingleResult();
    }

    /** The last four quarters that ended, oldest first. */
    private List<Dashboard.QuarterRecords> trend(LedgerDue.Quarter last) {
        List<Dashboard.QuarterRecords> trend = new ArrayList<>();
        int year = last.year();
        int quarter = last.quarter();
        for (int i = 0; i < 4; i++) {
            MetricReport report = metrics.forNetwork(LedgerDue.quarter(year, quarter), null);
            trend.add(0, new Dashboard.QuarterRecords(year, quarter, report.records(), report.beneficiaries()));
            quarter--;
            if (quarter == 0) {
                quarter = 4;
                year--;
            }
        }
        return trend;
    }

    /** This year's type-wide goals against the type's metric values (one metric query per type with goals). */
    private List<Dashboard.GoalLine> goals(int year, Map<String, Long> listedByType) {
        List<AnnualGoal> goals = em.createQuery("select g from AnnualGoal g where g.year = :year and g.outlet is null "
                + "order by g.networkType, g.metricId", AnnualGoal.class).setParameter("year", year).getResultList();
        Map<String, MetricReport> reports = new LinkedHashMap<>();
        List<Dashboard.GoalLine> lines = new ArrayList<>();
        for (AnnualGoal goal : goals) {
            MetricReport report = reports.computeIfAbsent(goal.getNetworkType(),
                    type -> metrics.forNetworkType(type, ReportPeriod.year(year), null));
            report.metrics().stream().filter(f -> f.metric().id().equals(goal.getMetricId())).findFirst()
                    .ifPresent(f -> lines.add(new Dashboard.GoalLine(goal.getNetworkType(), f.metric(), goal.getTarget(),
                            listedByType.getOrDefault(goal.getNetworkType(), 0L), f.value())));
        }
        return lines;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
