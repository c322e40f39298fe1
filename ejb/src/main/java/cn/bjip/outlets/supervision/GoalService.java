package cn.bjip.outlets.supervision;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletScope;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.Years;
import cn.bjip.outlets.plugin.PluginRegistry;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.record.MetricReport;
import cn.bjip.outlets.record.MetricService;
import cn.bjip.outlets.record.ReportPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Annual work goals: at the start of a year center staff set targets on the metrics the plugins declare,
 * for a network type or one outlet; each outlet sees its progress against them through the year.
 */
@Stateless
public class GoalService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PluginRegistry plugins;


    @Inject
    private OutletScope scope;

    @EJB
    private MetricService metrics;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    /**
     * Sets (or changes) the target of a metric for a year: for every outlet of {@code networkType}, or, when
     * {@code outletCode} is given, for that outlet only.
     */
    @RolesAllowed(CENTER_STAFF)
    public Goal set(int year, String networkType, String outletCode, String metricId, BigDecimal target) {
        Years.check(year);
        Outlet outlet = outletCode == null || outletCode.isBlank() ? null
                : scope.reachable(outletCode);
        String type = outlet == null ? networkType : outlet.getNetworkType();
        NetworkTypePlugin plugin = plugins.find(type)
                .orElseThrow(() -> new BusinessRuleViolation("outlet.type.unknown", "networkType", type));
        if (plugin.metrics().stream().noneMatch(m -> m.id().equals(metricId))) {
            throw new BusinessRuleViolation("goal.metric.unknown", "metric", metricId, plugin.name());
        }
        if (target == null || target.signum() < 0) {
            throw new BusinessRuleViolation("goal.target.negative", "target");
        }
        TypedQuery<AnnualGoal> existing = em.createQuery("select g from AnnualGoal g where g.year = :year "
                        + "and g.networkType = :type and g.metricId = :metric and "
                        + (outlet == null ? "g.outlet is null" : "g.outlet = :outlet"), AnnualGoal.class)
                .setParameter("year", year).setParameter("type", type).setParameter("metric", metricId);
        if (outlet != null) {
            existing.setParameter("outlet", outlet);
        }
        AnnualGoal goal = existing.getResultStream().findFirst().orElse(null);
        boolean fresh = goal == null;
        if (fresh) {
            goal = new AnnualGoal(year, type, outlet, metricId);
        }
        goal.target(target, clock.instant(), caller.name());
        if (fresh) {
            em.persist(goal); // the insert carries the state at persist time: set everything first
        }
        audit.record("goal.set", "AnnualGoal", year + " " + (outlet == null ? type : outlet.getCode()),
                metricId + " = " + target);
        return Goal.of(goal);
    }

    /** The goals of a year, type-wide first, then per outlet. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<Goal> ofYear(int year) {
        Years.check(year);
        return em.createQuery("select g from AnnualGoal g left join g.outlet o where g.year = :year "
                + "order by g.networkType, o.code nulls first, g.metricId", AnnualGoal.class)
                .setParameter("year", year).setMaxResults(1000).getResultStream().map(Goal::of).toList();
    }

    @RolesAllowed(CENTER_STAFF)
    public void remove(long id) {
        AnnualGoal goal = em.find(AnnualGoal.class, id);
        if (goal == null) {
            throw new NotFound("goal.notFound", id);
        }
        em.remove(goal);
        audit.record("goal.removed", "AnnualGoal", String.valueOf(id), goal.getMetricId());
    }

    /** An outlet's progress toward its goals of the year; outlet staff ask for their own outlet. */
    @RolesAllowed({OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public List<GoalProgress> progress(String outletCode, int year) {
        Years.check(year);
        Outlet outlet = scope.reachable(outletCode);
        List<AnnualGoal> goals = em.createQuery("select g from AnnualGoal g where g.year = :year and g.networkType = :type "
                        + "and (g.outlet is null or g.outlet = :outlet) order by g.metricId", AnnualGoal.class)
                .setParameter("year", year).setParameter("type", outlet.getNetworkType()).setParameter("outlet", outlet)
                .getResultList();
        Map<String, AnnualGoal> effective = new LinkedHashMap<>();
        for (AnnualGoal goal : goals) {
            effective.merge(goal.getMetricId(), goal, (a, b) -> a.getOutlet() != null ? a : b);
        }
        if (effective.isEmpty()) {
            return List.of();
        }
        MetricReport report = metrics.forOutlet(outlet.getCode(), ReportPeriod.year(year), null);
        return report.metrics().stream().filter(f -> effective.containsKey(f.metric().id())).map(f -> {
            AnnualGoal goal = effective.get(f.metric().id());
            return new GoalProgress(f.metric(), goal.getTarget(), goal.getOutlet() != null, f.value());
        }).toList();
    }

    /** The metrics a type's goals can be set on. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<MetricDefinition> metricsOf(String networkType) {
        return plugins.find(networkType).map(NetworkTypePlugin::metrics).orElse(List.of());
    }
}
