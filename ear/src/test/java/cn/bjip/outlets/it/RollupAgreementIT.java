package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.plugin.spi.Aggregation;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import cn.bjip.outlets.record.RollupDefinitions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rollups (issue 13, point 2) always agree with the records: after random creates, updates, deletes, imports and a
 * form revision, every metric and core figure the API reads from them — for an outlet, a network type and the whole
 * network, over a year, a quarter and a month, for every IP field and none — equals the same aggregate computed here
 * straight from {@code service_record}, and so do the record list's totals; and a metric whose declaration changed or
 * was missing is back-filled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("P-2")
@Tag("R-14.1")
class RollupAgreementIT {

    private static final int YEAR = 2013;
    private static final List<String> PERIODS = List.of(String.valueOf(YEAR), YEAR + "-Q2", YEAR + "-05");
    private static final List<String> KINDS = List.of("INFORMATION_QUERY", "INFORMATION_SEARCH", "PUBLIC_TRAINING",
            "EARLY_WARNING");
    private static final List<List<String>> IP_FIELDS = List.of(List.of("PATENT"), List.of("TRADEMARK"),
            List.of("PATENT", "TRADEMARK"));

    private final long seed = Long.getLong("rollup.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final Map<String, NetworkTypePlugin> plugins = new TreeMap<>();
    private final List<long[]> live = new ArrayList<>(); // id, version, type index
    private final Map<Long, JsonObject> sent = new HashMap<>(); // what each live record was last sent as
    private final List<String> types = List.of("park", "library");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("P-2 R-14.1 rollups equal the raw aggregates after random creates, updates, deletes, imports and a form revision; changed metrics are back-filled")
    void rollupsAgreeWithTheRecords() throws Exception {
        System.out.println("RollupAgreementIT seed " + seed + " (-Drollup.seed=" + seed + " repeats it)");
        ServiceLoader.load(NetworkTypePlugin.class).forEach(p -> plugins.put(p.id(), p));
        Portal.ensureOutlet("park", "北京示例科技园区知识产权服务网点");
        Portal.ensureLibraryOutlet();
        for (int step = 1; step <= 120; step++) {
            int dice = random.nextInt(100);
            if (dice < 50 || live.isEmpty()) {
                create(random.nextInt(types.size()));
            } else if (dice < 70) {
                update();
            } else if (dice < 85) {
                delete();
            } else {
                importRows();
            }
            if (step == 60) {
                reviseParkForm();
            }
            if (step % 40 == 0) {
                assertAgreement("after " + step + " steps");
                assertListTotals("after " + step + " steps");
            }
        }

        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            // as if an older plugin jar had declared "exhibitions" otherwise and not declared "enterprisesServed"
            sql.execute("UPDATE metric_definition SET where_value = 'lecture' WHERE metric_id = 'exhibitions'");
            sql.execute("DELETE FROM metric_definition WHERE metric_id = 'enterprisesServed'");
            sql.execute("DELETE FROM metric_distinct WHERE metric_id = 'enterprisesServed'");
            sql.execute("SELECT rollup_backfill('library', ARRAY['exhibitions'])");
            Map<String, Set<String>> backfilled = RollupDefinitions.sync(db, plugins.values());
            assertEquals(Map.of("library", Set.of("exhibitions"), "park", Set.of("enterprisesServed")), backfilled);
            assertEquals(Map.of(), RollupDefinitions.sync(db, plugins.values()), "nothing left to back-fill");
        }
        assertAgreement("after the back-fill");
    }

    private void create(int type) throws Exception {
        JsonObject body = record(type);
        HttpResponse<String> answer = Portal.postJson("api/records", staff(type), body.toString(), "zh-CN");
        assertEquals(201, answer.statusCode(), answer.body());
        JsonObject created = Portal.json(answer.body());
        live.add(new long[] {created.getJsonNumber("id").longValue(), created.getJsonNumber("version").longValue(), type});
        sent.put(created.getJsonNumber("id").longValue(), body);
    }

    /** Half the changes move a record anywhere; the other half keep its month, kind and IP fields and change its values. */
    private void update() throws Exception {
        long[] row = live.get(random.nextInt(live.size()));
        int type = (int) row[2];
        JsonObject body = random.nextBoolean() ? record(type) : sameGroup(type, sent.get(row[0]));
        HttpResponse<String> answer = Portal.putJson("api/records/" + row[0] + "?version=" + row[1], staff(type),
                body.toString(), "zh-CN");
        assertEquals(200, answer.statusCode(), answer.body());
        row[1] = Portal.json(answer.body()).getJsonNumber("version").longValue();
        sent.put(row[0], body);
    }

    private JsonObject sameGroup(int type, JsonObject before) {
        RecordForm form = plugins.get(types.get(type)).recordForms().stream()
                .filter(f -> f.id().equals(before.getString("formId"))).findFirst().orElseThrow();
        JsonObject values = SampleRecords.json(SampleRecords.sample(form, random.nextInt(12)), day()).getJsonObject("values");
        return Json.createObjectBuilder(before).add("values", values).add("beneficiaryCount", random.nextInt(20)).build();
    }

    private void delete() throws Exception {
        long[] row = live.remove(random.nextInt(live.size()));
        HttpResponse<String> answer = Portal.delete("api/records/" + row[0] + "?version=" + row[1], staff((int) row[2]));
        assertEquals(204, answer.statusCode(), answer.body());
    }

    /** A few reference consultations of the library through the CSV import. */
    private void importRows() throws Exception {
        StringBuilder csv = new StringBuilder("服务日期,记录类型,服务类型,知识产权领域,服务对象类型,服务对象数量,是否收费,收费金额（元）,摘要,"
                + "咨询主题,咨询方式,问题数\r\n");
        int rows = 2 + random.nextInt(5);
        for (int i = 0; i < rows; i++) {
            csv.append(String.join(",", day().toString(), "referenceConsultation", KINDS.get(random.nextInt(KINDS.size())),
                    String.join("、", IP_FIELDS.get(random.nextInt(IP_FIELDS.size()))), "社会公众",
                    String.valueOf(random.nextInt(9)), "否", "", "汇总导入", "专利检索", random.nextBoolean() ? "phone" : "onSite",
                    String.valueOf(1 + random.nextInt(6)))).append("\r\n");
        }
        HttpResponse<String> answer = Portal.send(Portal.request("api/records/import?name="
                        + URLEncoder.encode("台账.csv", StandardCharsets.UTF_8) + "&store=true", staff(1))
                .header("Content-Type", "text/csv").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)).build());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(rows, Portal.json(answer.body()).getInt("imported"), answer.body());
    }

    /** A new version of the park's enterprise form with one more field: records of both versions count alike. */
    private void reviseParkForm() throws Exception {
        String center = Portal.token("center");
        JsonObject form = Portal.json("{\"f\":" + Portal.get("api/records/forms", staff(0)).body() + "}").getJsonArray("f")
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("id").equals("enterpriseService"))
                .findFirst().orElseThrow();
        var drafts = Json.createArrayBuilder();
        for (JsonValue value : form.getJsonArray("fields")) {
            JsonObject field = value.asJsonObject();
            drafts.add(Json.createObjectBuilder().add("key", field.getString("key"))
                    .add("labelZh", field.getJsonObject("label").getString("zh"))
                    .add("labelEn", field.getJsonObject("label").getString("en")).add("retired", false));
        }
        drafts.add(Json.createObjectBuilder().add("key", "rollupNote" + seed % 1000).add("type", "TEXT")
                .add("labelZh", "汇总备注" + seed % 1000).add("labelEn", "Rollup note " + seed % 1000).add("retired", false));
        HttpResponse<String> revised = Portal.postJson("api/plugins/park/forms/enterpriseService/versions", center,
                drafts.build().toString(), "zh-CN");
        assertEquals(201, revised.statusCode(), revised.body());
    }

    private JsonObject record(int type) {
        List<RecordForm> forms = plugins.get(types.get(type)).recordForms();
        RecordForm form = forms.get(random.nextInt(forms.size()));
        JsonObject sample = SampleRecords.json(SampleRecords.sample(form, random.nextInt(12)), day());
        JsonObjectBuilder changed = Json.createObjectBuilder(sample)
                .add("serviceKind", KINDS.get(random.nextInt(KINDS.size())))
                .add("ipFields", Json.createArrayBuilder(IP_FIELDS.get(random.nextInt(IP_FIELDS.size()))))
                .add("beneficiaryCount", random.nextInt(20));
        return changed.build();
    }

    private LocalDate day() {
        return LocalDate.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private String staff(int type) throws Exception {
        return Portal.token(types.get(type) + "-staff");
    }

    /** Every scope, period and IP field: what the API answers equals the raw aggregate. */
    private void assertAgreement(String when) throws Exception {
        String center = Portal.token("center");
        try (Connection db = TestDatabase.connect()) {
            for (String period : PERIODS) {
                for (String ipField : new String[] {null, "PATENT", "TRADEMARK"}) {
                    String query = "?period=" + period + (ipField == null ? "" : "&ipField=" + ipField);
                    String what = when + ", " + period + ", " + ipField + ": ";
                    JsonObject network = report("api/metrics/network" + query, center);
                    assertEquals(raw(db, "network_type", null, period, ipField), figures(network, "byNetworkType", "networkType"),
                            what + "network by type");
                    assertEquals(raw(db, "service_kind", null, period, ipField), figures(network, "byServiceKind", "kind"),
                            what + "network by kind");
                    for (int type = 0; type < types.size(); type++) {
                        String name = types.get(type);
                        JsonObject typeReport = report("api/metrics/types/" + name + query, center);
                        String scope = "network_type = '" + name + "'";
                        assertEquals(raw(db, "service_kind", scope, period, ipField), figures(typeReport, "byServiceKind", "kind"),
                                what + name + " by kind");
                        assertEquals(rawMetrics(db, name, scope, period, ipField), metrics(typeReport), what + name + " metrics");
                        String code = "BJ-" + name.toUpperCase() + "-001";
                        JsonObject outletReport = report("api/metrics/outlets/" + code + query, staff(type));
                        String outlet = "outlet_id = (SELECT id FROM outlet WHERE code = '" + code + "')";
                        assertEquals(raw(db, "service_kind", outlet, period, ipField), figures(outletReport, "byServiceKind", "kind"),
                                what + code + " by kind");
                        assertEquals(rawMetrics(db, name, outlet, period, ipField), metrics(outletReport), what + code + " metrics");
                    }
                }
            }
        }
    }

    /** The record list's totals, which come from the rollups for whole months, equal the records counted. */
    private void assertListTotals(String when) throws Exception {
        String center = Portal.token("center");
        try (Connection db = TestDatabase.connect()) {
            for (String period : PERIODS) {
                String range = range(period);
                String[] bounds = range.split(",");
                String dates = "from=" + bounds[0] + "&to=" + LocalDate.parse(bounds[1]).minusDays(1);
                for (int type = 0; type < types.size(); type++) {
                    String code = "BJ-" + types.get(type).toUpperCase() + "-001";
                    String outlet = "outlet_id = (SELECT id FROM outlet WHERE code = '" + code + "')";
                    assertEquals(count(db, outlet, period), total("api/records?size=0&" + dates, staff(type)),
                            when + ", " + period + ": " + code + "'s list as its staff see it");
                    assertEquals(count(db, outlet + " AND service_kind = 'PUBLIC_TRAINING'", period),
                            total("api/records?size=0&kind=PUBLIC_TRAINING&outlet=" + code + "&" + dates, center),
                            when + ", " + period + ": " + code + "'s public trainings");
                }
                assertEquals(count(db, null, period), total("api/records?size=0&" + dates, center), when + ", " + period + ": all");
            }
        }
    }

    private static long total(String path, String token) throws Exception {
        return report(path, token).getJsonNumber("total").longValue();
    }

    private static long count(Connection db, String scope, String period) throws SQLException {
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(*) FROM service_record" + where(scope, period, null))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static JsonObject report(String path, String token) throws Exception {
        HttpResponse<String> answer = Portal.get(path, token);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return Portal.json(answer.body());
    }

    private static Map<String, String> figures(JsonObject report, String list, String key) {
        Map<String, String> figures = new TreeMap<>();
        report.getJsonArray(list).getValuesAs(JsonObject.class).forEach(f -> figures.put(f.getString(key),
                f.getJsonNumber("records") + "/" + f.getJsonNumber("beneficiaries")));
        return figures;
    }

    private static Map<String, String> metrics(JsonObject report) {
        Map<String, String> values = new TreeMap<>();
        report.getJsonArray("metrics").getValuesAs(JsonObject.class).forEach(f -> values.put(
                f.getJsonObject("metric").getString("id"), f.get("value") == null || f.isNull("value") ? "none" : plain(f.getJsonNumber("value").bigDecimalValue())));
        return values;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Records and beneficiaries grouped by {@code column}, straight from the records. */
    private static Map<String, String> raw(Connection db, String column, String scope, String period, String ipField)
            throws SQLException {
        Map<String, String> figures = new TreeMap<>();
        try (PreparedStatement sql = db.prepareStatement("SELECT " + column + ", count(*), sum(beneficiary_count) FROM service_record"
                + where(scope, period, ipField) + " GROUP BY 1")) {
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    figures.put(rows.getString(1), rows.getLong(2) + "/" + rows.getLong(3));
                }
            }
        }
        return figures;
    }

    /** Every metric of a type, each by its own aggregate over the records, ratios divided as the portal divides. */
    private Map<String, String> rawMetrics(Connection db, String type, String scope, String period, String ipField)
            throws SQLException {
        Map<String, BigDecimal> values = new TreeMap<>();
        Map<String, String> shown = new TreeMap<>();
        for (MetricDefinition metric : plugins.get(type).metrics()) {
            if (metric.aggregation() == Aggregation.RATIO) {
                BigDecimal denominator = values.get(metric.denominator());
                shown.put(metric.id(), denominator.signum() == 0 ? "none"
                        : plain(values.get(metric.numerator()).divide(denominator, 2, RoundingMode.HALF_UP)));
                continue;
            }
            String value = switch (metric.field() == null ? "" : metric.field()) {
                case "beneficiaryCount" -> "beneficiary_count";
                case "feeAmount" -> "fee_amount";
                case "" -> "1";
                default -> "data ->> '" + metric.field() + "'";
            };
            String aggregate = switch (metric.aggregation()) {
                case COUNT -> "count(*)";
                case SUM -> "coalesce(sum((" + value + ")::numeric), 0)";
                case DISTINCT_COUNT -> "count(DISTINCT " + value + ")";
                case RATIO -> throw new IllegalStateException();
            };
            String filter = (metric.formId() == null ? "" : " AND form_id = '" + metric.formId() + "'")
                    + (metric.whereField() == null ? "" : " AND data ->> '" + metric.whereField() + "' = '" + metric.whereValue() + "'");
            try (Statement sql = db.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT " + aggregate + " FROM service_record"
                         + where(scope, period, ipField) + filter)) {
                rows.next();
                values.put(metric.id(), rows.getBigDecimal(1));
                shown.put(metric.id(), plain(rows.getBigDecimal(1)));
            }
        }
        return shown;
    }

    private static String where(String scope, String period, String ipField) {
        String[] bounds = range(period).split(",");
        return " WHERE service_date >= '" + bounds[0] + "' AND service_date < '" + bounds[1] + "'"
                + (scope == null ? "" : " AND " + scope)
                + (ipField == null ? "" : " AND (ip_mask & " + (ipField.equals("PATENT") ? 1 : 2) + ") <> 0");
    }

    /** The period's first day and the day after it, comma-separated. */
    private static String range(String period) {
        LocalDate start;
        LocalDate end;
        if (period.contains("-Q")) {
            start = LocalDate.of(YEAR, 3 * Integer.parseInt(period.substring(period.length() - 1)) - 2, 1);
            end = start.plusMonths(3);
        } else if (period.contains("-")) {
            start = LocalDate.of(YEAR, Integer.parseInt(period.substring(5)), 1);
            end = start.plusMonths(1);
        } else {
            start = LocalDate.of(YEAR, 1, 1);
            end = start.plusYears(1);
        }
        return start + "," + end;
    }
}
