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
 * The metric engine: computes a plugin's declared metrics and the record-core breakdowns in PostgreSQL, for an
 * outlet, a network type or the whole network, over a month, quarter or year, optionally for one IP field.
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
        return report(new Scope("outlet_id", outlet.getId()), metricsOf(outlet.getNetworkType()), period, ipField);
    }

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public MetricReport forNetworkType(String networkType, ReportPeriod period, IpField ipField) {
        return report(new Scope("network_type", networkType), metricsOf(networkType), period, ipField);
    }

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public MetricReport forNetwork(ReportPeriod period, IpField ipField) {
        return report(new Scope(null, null), List.of(), period, ipField);
    }

    private List<MetricDefinition> metricsOf(String networkType) {
        return plugins.find(networkType).map(NetworkTypePlugin::metrics)
                .orElseThrow(() -> new BusinessRuleViolation("outlet.type.unknown", "networkType", networkType));
    }

    /** Which rows a report reads: one column equal to a value, or every row. */
    private record Scope(String column, Object value) {
    }

    private MetricReport report(Scope scope, List<MetricDefinition> metrics, ReportPeriod period, IpField ipField) {
        List<Object[]> monthly = metrics.isEmpty() ? List.of() : monthly(scope, metrics, period, ipField);
        Object[] totals = metrics.isEmpty() ? new Object[0] : totals(scope, metrics, period, ipField);
        List<MetricReport.Figure> figures = new ArrayList<>();
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        Map<String, BigDecimal> byId = new LinkedHashMap<>();
        int column = 0;
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
                total = number(totals[column]);
                for (YearMonth month : months) {
                    points.add(pointOf(monthly, month, column + 1));
                }
                column++;
            }
            byId.put(metric.id(), total);
            series.put(metric.id(), points);
            figures.add(new MetricReport.Figure(metric, total));
        }
        return new MetricReport(period, figures, months.stream().map(YearMonth::toString).toList(), series, byServiceKind(scope, period, ipField),
                scope.column() == null ? byNetworkType(period, ipField) : List.of());
    }

    private List<Object[]> monthly(Scope scope, List<MetricDefinition> metrics, ReportPeriod period, IpField ipField) {
        MetricSql sql = new MetricSql(metrics);
        List<Object> parameters = new ArrayList<>(sql.parameters());
        String where = where(scope, period, ipField, parameters);
        return rows(query("select to_char(service_date, 'YYYY-MM'), " + sql.selectList() + " from service_record"
                + where + " group by 1 order by 1", parameters));
    }

    private Object[] totals(Scope scope, List<MetricDefinition> metrics, ReportPeriod period, IpField ipField) {
        MetricSql sql = new MetricSql(metrics);
        List<Object> parameters = new ArrayList<>(sql.parameters());
        String where = where(scope, period, ipField, parameters);
        Object row = query("select " + sql.selectList() + " from service_record" + where, parameters).getSingleResult();
        return row instanceof Object[] array ? array : new Object[] {row};
    }

    private List<MetricReport.KindFigure> byServiceKind(Scope scope, ReportPeriod period, IpField ipField) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, period, ipField, parameters);
        return rows(query("select service_kind, count(*), coalesce(sum(beneficiary_count), 0) from service_record"
                + where + " group by service_kind order by service_kind", parameters)).stream()
                .map(r -> new MetricReport.KindFigure(ServiceKind.valueOf((String) r[0]), count(r[1]), count(r[2])))
                .sorted(Comparator.comparing(MetricReport.KindFigure::kind))
                .toList();
    }

    private List<MetricReport.TypeFigure> byNetworkType(ReportPeriod period, IpField ipField) {
        List<Object> parameters = new ArrayList<>();
        String where = where(new Scope(null, null), period, ipField, parameters);
        return rows(query("select network_type, count(*), coalesce(sum(beneficiary_count), 0) from service_record"
                + where + " group by network_type order by network_type", parameters)).stream()
                .map(r -> new MetricReport.TypeFigure((String) r[0], count(r[1]), count(r[2])))
                .toList();
    }

    private static String where(Scope scope, ReportPeriod period, IpField ipField, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where service_date >= ?" + add(parameters, period.start())
                + " and service_date < ?" + add(parameters, period.endExclusive()));
        if (scope.column() != null) {
            where.append(" and ").append(scope.column()).append(" = ?").append(add(parameters, scope.value()));
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

    private static BigDecimal pointOf(List<Object[]> monthly, YearMonth month, int column) {
        return monthly.stream().filter(r -> month.toString().equals(r[0])).findFirst()
                .map(r -> number(r[column])).orElse(BigDecimal.ZERO);
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
