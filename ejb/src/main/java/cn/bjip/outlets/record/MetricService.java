package cn.bjip.outlets.record;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletScope;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.plugin.PluginRegistry;
import cn.bjip.outlets.plugin.spi.Aggregation;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metric engine: reads a plugin's declared metrics and the record-core breakdowns from the rollups (V17, kept
 * exact with the records), for an outlet, a network type or the whole network, over a month, quarter or year,
 * optionally for one IP field.
 * Outlet staff see their own outlet's figures only.
 */
@Stateless
public class MetricService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private OutletScope outlets;

    @RolesAllowed({OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public MetricReport forOutlet(String outletCode, ReportPeriod period, IpField ipField) {
        Outlet outlet = outlets.reachable(outletCode);
        return report(new Scope("outlet_id = ?", outlet.getId()), metricsOf(outlet.getNetworkType()), period, ipField);
    }

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public MetricReport forNetworkType(String networkType, ReportPeriod period, IpField ipField) {
        return report(new Scope(TYPE_ROWS + " and network_type = ?", networkType), metricsOf(networkType), period, ipField);
    }

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public MetricReport forNetwork(ReportPeriod period, IpField ipField) {
        return report(new Scope(TYPE_ROWS, null), List.of(), period, ipField);
    }

    private List<MetricDefinition> metricsOf(String networkType) {
        return plugins.find(networkType).map(NetworkTypePlugin::metrics)
                .orElseThrow(() -> new BusinessRuleViolation("outlet.type.unknown", "networkType", networkType));
    }

    /** The rollups' rows of all outlets of a network type together (V17). */
    private static final String TYPE_ROWS = "outlet_id = 0";

    /** Which rollup rows a report reads: a condition with one parameter or none. */
    private record Scope(String condition, Object value) {

        boolean network() {
            return value == null;
        }
    }

    private MetricReport report(Scope scope, List<MetricDefinition> metrics, ReportPeriod period, IpField ipField) {
        Map<String, Map<String, BigDecimal>> monthly = metrics.isEmpty() ? Map.of() : monthly(scope, period, ipField);
        List<MetricReport.Figure> figures = new ArrayList<>();
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        Map<String, BigDecimal> byId = new LinkedHashMap<>();
        List<YearMonth> months = period.months();
        for (MetricDefinition metric : metrics) {
            BigDecimal total;
            List<BigDecimal> points = new ArrayList<>();
            if (metric.aggregation() == Aggregation.RATIO) {
                total = ratio(byId.get(metric.numerator()), byId.get(metric.denominator()));
                for (int i = 0; i < months.size(); i++) {
                    points.add(ratio(series.get(metric.numerator()).get(i), series.get(metric.denominator()).get(i)));
                }
            } else {
                Map<String, BigDecimal> values = monthly.getOrDefault(metric.id(), Map.of());
                total = values.getOrDefault(TOTAL, BigDecimal.ZERO);
                for (YearMonth month : months) {
                    points.add(values.getOrDefault(month.toString(), BigDecimal.ZERO));
                }
            }
            byId.put(metric.id(), total);
            series.put(metric.id(), points);
            figures.add(new MetricReport.Figure(metric, total));
        }
        return new MetricReport(period, figures, months.stream().map(YearMonth::toString).toList(), series, byServiceKind(scope, period, ipField),
                scope.network() ? byNetworkType(period, ipField) : List.of());
    }

    /** Where a metric's whole period stands among its months. */
    private static final String TOTAL = "total";

    /**
     * Every COUNT, SUM and DISTINCT_COUNT metric of the scope, by month ({@code 2026-05}) and for the whole period
     * ({@link #TOTAL}), from the rollups: sums add up months, distinct counts count the period's values once.
     */
    private Map<String, Map<String, BigDecimal>> monthly(Scope scope, ReportPeriod period, IpField ipField) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, period, ipField, parameters);
        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        rows(query("select metric_id, to_char(month, 'YYYY-MM'), sum(amount) from metric_rollup" + where
                + " group by metric_id, month", parameters)).forEach(r -> {
                    Map<String, BigDecimal> metric = values.computeIfAbsent((String) r[0], id -> new LinkedHashMap<>());
                    metric.put((String) r[1], number(r[2]));
                    metric.merge(TOTAL, number(r[2]), BigDecimal::add);
                });
        rows(query("select metric_id, to_char(month, 'YYYY-MM'), count(distinct value) from metric_distinct" + where
                + " group by grouping sets ((metric_id, month), (metric_id))", parameters)).forEach(r ->
                values.computeIfAbsent((String) r[0], id -> new LinkedHashMap<>())
                        .put(r[1] == null ? TOTAL : (String) r[1], number(r[2])));
        return values;
    }

    private List<MetricReport.KindFigure> byServiceKind(Scope scope, ReportPeriod period, IpField ipField) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, period, ipField, parameters);
        return rows(query("select service_kind, sum(records), sum(beneficiaries) from record_rollup"
                + where + " group by service_kind", parameters)).stream()
                .map(r -> new MetricReport.KindFigure(ServiceKind.valueOf((String) r[0]), count(r[1]), count(r[2])))
                .sorted(Comparator.comparing(MetricReport.KindFigure::kind))
                .toList();
    }

    private List<MetricReport.TypeFigure> byNetworkType(ReportPeriod period, IpField ipField) {
        List<Object> parameters = new ArrayList<>();
        String where = where(new Scope(TYPE_ROWS, null), period, ipField, parameters);
        return rows(query("select network_type, sum(records), sum(beneficiaries) from record_rollup"
                + where + " group by network_type order by network_type", parameters)).stream()
                .map(r -> new MetricReport.TypeFigure((String) r[0], count(r[1]), count(r[2])))
                .toList();
    }

    private static String where(Scope scope, ReportPeriod period, IpField ipField, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where month >= ?" + add(parameters, period.start())
                + " and month < ?" + add(parameters, period.endExclusive()));
        where.append(" and ").append(scope.condition());
        if (!scope.network()) {
            where.append(add(parameters, scope.value()));
        }
        if (ipField != null) {
            where.append(" and (ip_mask & ?").append(add(parameters, IpFieldMask.bit(ipField))).append(") <> 0");
        }
        return where.toString();
    }

    private static int add(List<Object> parameters, Object value) {
        parameters.add(value);
        return parameters.size();
    }

    private Query query(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator == null || denominator == null || denominator.signum() == 0 ? null
                : numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal number(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
