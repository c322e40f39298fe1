package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.it.PortalPages.Page;
import cn.bjip.outlets.it.RestEndpoints.Endpoint;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix (RS-1): every REST method ({@link RestEndpoints}) and every page ({@link PortalPages}) called by
 * every kind of caller, with the ids of party A and of party B, against the outcomes declared in one table,
 * {@code access-matrix.txt}. A method or page without a row there fails the test, and so does a row for one that no
 * longer exists. The matrix has its own objects (two outlets no other test touches, a round of its own), so that its
 * writes change nothing another test relies on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("RS-1")
@Tag("security")
class AccessMatrixIT {

    private static final int ROUND_YEAR = 2089;
    private static final String YEAR = String.valueOf(Portal.TODAY.getYear());
    private static final String QUARTER = String.valueOf((Portal.TODAY.getMonthValue() - 1) / 3 + 1);
    /** A version no object has: writes that name a version stop at the conflict and change nothing. */
    private static final String STALE_VERSION = "99";

    enum Side { A, B }

    /** The callers, in the table's column order. */
    enum Caller {
        ANONYMOUS("anon", null, null),
        APPLICANT_A("applicant-A", "applicant", Side.A),
        APPLICANT_B("applicant-B", "applicant2", Side.B),
        EXPERT_A("expert-A", "expert", Side.A),
        EXPERT_B("expert-B", "expert2", Side.B),
        STAFF_A("staff-A", "matrix-staff-a", Side.A),
        STAFF_B("staff-B", "matrix-staff-b", Side.B),
        CENTER("center", "center", null),
        OFFICE("office", "office", null);

        final String column;
        final String username;
        final Side side;

        Caller(String column, String username, Side side) {
            this.column = column;
            this.username = username;
            this.side = side;
        }
    }

    /** The party of every fixture object, by key: {@code records.id}, {@code outlet}, ... */
    private static final Map<Side, Map<String, String>> IDS = new EnumMap<>(Map.of(Side.A, new LinkedHashMap<>(),
            Side.B, new LinkedHashMap<>()));
    /** A text only party A's (B's) objects contain: an answer to anybody but that party, the center and the office must not. */
    private static final Map<Side, String> MARKER = Map.of(Side.A, "MATRIXPARTYA", Side.B, "MATRIXPARTYB");
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @BeforeAll
    static void objectsOfBothParties() throws Exception {
        String office = Portal.token("office");
        String center = Portal.token("center");
        long round = Accreditation.openRound(ROUND_YEAR);
        Accreditation.ensureExpert("expert", "刘洋", "中国科学院文献情报中心");
        Accreditation.ensureExpert("expert2", "孙丽", "北京知识产权研究会");
        party(Side.A, "BJ-LIBRARY-090", "library", "outreachEvent", "applicant", "expert", office, center, round, """
                {"formId":"outreachEvent","serviceKind":"PUBLIC_TRAINING","ipFields":["PATENT"],"serviceDate":"%s",
                 "beneficiaryKind":"PUBLIC","beneficiaryCount":20,"charged":false,"summary":"%s",
                 "values":{"eventKind":"lecture","title":"矩阵讲座","attendance":20}}""", "eventsHeld");
        party(Side.B, "BJ-PARK-090", "park", "enterpriseService", "applicant2", "expert2", office, center, round, """
                {"formId":"enterpriseService","serviceKind":"INFORMATION_SEARCH","ipFields":["PATENT"],
                 "serviceDate":"%s","beneficiaryKind":"ENTERPRISE","beneficiaryCount":1,"charged":false,
                 "summary":"%s","values":{"enterpriseName":"某公司","serviceItem":"patentSearch"}}""", "matchmakingEvents");
    }

    /** An accredited outlet with its staff's record, change filing, rectification, goal, recommendation and summary file, and an application in review. */
    private static void party(Side side, String outlet, String type, String form, String applicant, String expert,
                              String office, String center, long round, String record, String metric) throws Exception {
        Map<String, String> ids = IDS.get(side);
        String marker = MARKER.get(side);
        String staff = token(side == Side.A ? "matrix-staff-a" : "matrix-staff-b");
        created(Portal.postJson("api/outlets", office, """
                {"code":"%s","nameZh":"矩阵测试网点 %s","nameEn":"Matrix outlet %s","networkType":"%s","district":"HAIDIAN",
                 "address":"北京市海淀区示例路 9 号","principal":"周一","contactPhone":"010-65550999",
                 "contactEmail":"matrix@example.cn","ipFields":["PATENT"],"fullTimeStaff":3,"partTimeStaff":1,
                 "accreditedOn":"%s"}""".formatted(outlet, side, side, type, Portal.TODAY.minusMonths(18)), "zh-CN"), outlet);
        ids.put("outlet", outlet);
        ids.put("code", outlet);
        ids.put("type", type);
        ids.put("form", form);
        ids.put("year", YEAR);
        ids.put("period", YEAR);
        ids.put("quarter", QUARTER);
        ids.put("records.id", id(created(Portal.postJson("api/records", staff,
                record.formatted(Portal.TODAY.minusDays(5), marker), "zh-CN"), null)));
        JsonObject mine = Portal.json(Portal.get("api/outlets/mine", staff).body());
        ids.put("changes.id", id(created(Portal.postJson("api/changes", staff, """
                {"nameZh":"%s","nameEn":"%s","district":"%s","address":"%s","principal":"%s","contactPhone":"010-65550998",
                 "contactEmail":"%s","mainServices":"专利检索 %s"}""".formatted(mine.getString("nameZh"), mine.getString("nameEn"),
                mine.getString("district"), mine.getString("address"), mine.getString("principal"),
                mine.getString("contactEmail"), marker), "zh-CN"), null)));
        ids.put("compliance.id", id(created(Portal.postJson("api/compliance/outlets/" + outlet + "/rectifications", center,
                "{\"reason\":\"台账未按期报送 " + marker + "\"}", "zh-CN"), null)));
        ids.put("goals.id", id(created(Portal.postJson("api/goals", center, """
                {"year":%s,"networkType":"%s","outletCode":"%s","metricId":"%s","target":4}""".formatted(YEAR, type, outlet, metric),
                "zh-CN"), null)));
        ids.put("recommendations.id", id(created(Portal.postJson("api/recommendations", office,
                "{\"year\":%d,\"outletCode\":\"%s\",\"reason\":\"服务成效突出 %s\"}".formatted(ROUND_YEAR, outlet, marker), "zh-CN"), null)));
        ids.put("summaries.id", id(created(Accreditation.uploadTo(staff, "api/summaries/mine/" + YEAR + "/documents",
                "年度总结 " + marker + ".pdf", Accreditation.PDF), null)));

        long application = Long.parseLong(id(Accreditation.start(applicant, round, Accreditation.eligibleContent("矩阵申报机构 " + marker, ROUND_YEAR))));
        ids.put("applications.id", String.valueOf(application));
        ids.put("applications.documentId", id(created(Accreditation.upload(token(applicant), application,
                "申报材料 " + marker + ".pdf", Accreditation.PDF), null)));
        assertEquals(200, Accreditation.submit(applicant, application).statusCode());
        assertEquals(200, Accreditation.post("api/applications/" + application + "/pass", center, "{}").statusCode());
        ids.put("experts.id", id(created(Accreditation.post("api/applications/" + application + "/sheets", center,
                "{\"expert\":\"" + expert + "\"}"), null)));
        ids.put("rounds.id", String.valueOf(round));
        ids.put("round", String.valueOf(round));
    }

    private static JsonObject created(HttpResponse<String> answer, String existing) {
        if (answer.statusCode() != 201 && (existing == null || !answer.body().contains(existing))) {
            throw new IllegalStateException("could not make a fixture: " + answer.statusCode() + " " + answer.body());
        }
        return answer.statusCode() == 201 ? Portal.json(answer.body()) : null;
    }

    private static String id(JsonObject object) {
        return object.get("id").toString();
    }

    private static String token(String username) {
        return TOKENS.computeIfAbsent(username, name -> {
            try {
                return Portal.token(name);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** What one caller asked and got. */
    record Answer(String row, Caller caller, Side ids, int status, String body) {

        boolean allowed() {
            return status / 100 == 2 || status == 400 || status == 409;
        }

        boolean refused() {
            return status == 401 || status == 403 || status == 404 || status == 302 || status == 303;
        }
    }

    @Test
    @DisplayName("RS-1 every REST method and page × 9 callers × own and foreign ids answers as the access table declares, and no answer shows another party's objects")
    void everyCallerGetsWhatTheTableDeclares() throws Exception {
        AccessTable table = AccessTable.load();
        List<Endpoint> endpoints = RestEndpoints.all();
        List<Page> pages = PortalPages.all();
        List<String> rows = new ArrayList<>();
        endpoints.forEach(e -> rows.add(e.toString()));
        pages.forEach(p -> rows.add("PAGE " + p.path()));
        List<String> undeclared = rows.stream().filter(r -> !table.declares(r)).toList();
        List<String> stale = table.rows().stream().filter(r -> !rows.contains(r)).toList();
        assertTrue(undeclared.isEmpty() && stale.isEmpty(), "every REST method and page has exactly one row in access-matrix.txt;"
                + " missing: " + undeclared + "; rows for nothing: " + stale);

        List<Answer> answers = new ArrayList<>();
        Map<Caller, WebSession> sessions = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            sessions.put(caller, WebSession.as(caller.username));
        }
        for (Page page : pages) {
            for (Caller caller : Caller.values()) {
                for (Side ids : sides(page.parameters().stream().map(p -> key(pageScope(page), p)).toList())) {
                    String address = page.path() + query(page.parameters(), name -> IDS.get(ids).get(key(pageScope(page), name)));
                    HttpResponse<String> answer = sessions.get(caller).get(address);
                    answers.add(new Answer("PAGE " + page.path(), caller, ids, answer.statusCode(), answer.body()));
                }
            }
        }
        // reads before writes, deletions last: a write may change its object's state, never who may reach it
        List<Endpoint> ordered = new ArrayList<>(endpoints.stream().filter(e -> !e.writes()).toList());
        ordered.addAll(endpoints.stream().filter(e -> e.writes() && !e.method().equals("DELETE")).toList());
        ordered.addAll(endpoints.stream().filter(e -> e.method().equals("DELETE")).toList());
        for (Endpoint endpoint : ordered) {
            for (Caller caller : Caller.values()) {
                for (Side ids : sides(parameterKeys(endpoint))) {
                    answers.add(call(endpoint, caller, ids));
                }
            }
        }

        List<String> wrong = new ArrayList<>();
        int allowed = 0;
        int refused = 0;
        int leaks = 0;
        for (Answer answer : answers) {
            String expected = table.cell(answer.row(), answer.caller().column);
            boolean mayReach = switch (expected) {
                case "Y" -> true;
                case "-" -> false;
                case "own" -> answer.caller().side != null && answer.caller().side == answer.ids();
                default -> throw new IllegalStateException("unknown cell " + expected + " in " + answer.row());
            };
            allowed += answer.allowed() ? 1 : 0;
            refused += answer.refused() ? 1 : 0;
            String seen = otherPartysMarker(answer);
            if (!answer.allowed() && !answer.refused()) {
                wrong.add(describe(answer, "neither allowed nor refused"));
            } else if (answer.allowed() != mayReach) {
                leaks += answer.allowed() ? 1 : 0;
                wrong.add(describe(answer, (answer.allowed() ? "LEAK: allowed" : "refused") + ", the table says " + expected));
            } else if (seen != null) {
                leaks++;
                wrong.add(describe(answer, "LEAK: shows " + seen));
            }
        }
        String summary = "access matrix: %d REST methods, %d pages, %d callers; requests: %d, allowed: %d, refused: %d, leaks: %d, wrong: %d"
                .formatted(endpoints.size(), pages.size(), Caller.values().length, answers.size(), allowed, refused, leaks, wrong.size());
        Path reports = Files.createDirectories(Path.of(System.getProperty("portal.reports")));
        Files.writeString(reports.resolve("access-matrix.txt"), summary + "\n" + String.join("\n", wrong) + "\n\n"
                + "# the matrix as observed, in the table's format\n" + observed(rows, answers));
        System.out.println("Access matrix: " + summary);
        assertTrue(wrong.isEmpty(), wrong.size() + " answers differ from the access table:\n" + String.join("\n", wrong));
    }

    private static Answer call(Endpoint endpoint, Caller caller, Side ids) throws Exception {
        Map<String, String> values = IDS.get(ids);
        String path = RestEndpoints.filled(endpoint.template(), name -> values.get(key(endpoint.root(), name)))
                + query(endpoint.queryParameters().stream().filter(AccessMatrixIT::filledQuery).toList(),
                        name -> queryValue(name, values));
        HttpRequest.Builder request = Portal.request(path, caller.username == null ? null : token(caller.username))
                .header("Accept", "*/*").header("Accept-Language", "zh-CN");
        if (!endpoint.writes()) {
            request.GET();
        } else if (endpoint.body() == byte[].class) {
            request.header("Content-Type", "application/octet-stream")
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(Accreditation.PDF));
        } else if (endpoint.method().equals("DELETE")) {
            request.DELETE();
        } else {
            request.header("Content-Type", "application/json")
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body(endpoint)));
        }
        HttpResponse<byte[]> answer = Portal.sendForBytes(request.build());
        if (endpoint.method().equals("DELETE") && answer.statusCode() / 100 == 2) {
            remake(endpoint.root(), ids);
        }
        return new Answer(endpoint.toString(), caller, ids, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
    }

    /**
     * The smallest body of the right kind, so that what answers is the service; a complete one where the service
     * checks the body's constraints before it asks whose the object is.
     */
    private static String body(Endpoint endpoint) {
        if (endpoint.toString().equals("PUT api/applications/{id}")) {
            return Accreditation.eligibleContent("矩阵申报机构", ROUND_YEAR);
        }
        Type body = endpoint.body();
        Class<?> raw = body instanceof ParameterizedType p ? (Class<?>) p.getRawType() : body instanceof Class<?> c ? c : Object.class;
        if (body == null) {
            return "";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true";
        }
        return Collection.class.isAssignableFrom(raw) || raw.isArray() ? "[]" : "{}";
    }

    /** Makes again what an allowed caller deleted, so that the next caller finds it. */
    private static void remake(String root, Side side) throws Exception {
        String outlet = IDS.get(side).get("outlet");
        String center = token("center");
        switch (root) {
            case "goals" -> IDS.get(side).put("goals.id", id(created(Portal.postJson("api/goals", center, """
                    {"year":%s,"networkType":"%s","outletCode":"%s","metricId":"%s","target":5}""".formatted(YEAR,
                    IDS.get(side).get("type"), outlet, side == Side.A ? "eventsHeld" : "matchmakingEvents"), "zh-CN"), null)));
            case "recommendations" -> IDS.get(side).put("recommendations.id", id(created(Portal.postJson("api/recommendations",
                    token("office"), "{\"year\":%d,\"outletCode\":\"%s\",\"reason\":\"再次推荐 %s\"}".formatted(ROUND_YEAR, outlet,
                            MARKER.get(side)), "zh-CN"), null)));
            case "applications" -> IDS.get(side).put("applications.documentId", id(created(Accreditation.upload(
                    token(side == Side.A ? "applicant" : "applicant2"), Long.parseLong(IDS.get(side).get("applications.id")),
                    "申报材料 " + MARKER.get(side) + ".pdf", Accreditation.PDF), null)));
            default -> throw new IllegalStateException("the matrix cannot make again what DELETE " + root + " removed");
        }
    }

    private static boolean filledQuery(String name) {
        return List.of("version", "round", "period", "year", "outlet", "name").contains(name);
    }

    private static String queryValue(String name, Map<String, String> values) {
        return switch (name) {
            case "version" -> STALE_VERSION;
            case "name" -> "矩阵.pdf";
            default -> values.get(name);
        };
    }

    /** The keys of the fixture values a REST method's path and query take. */
    private static List<String> parameterKeys(Endpoint endpoint) {
        List<String> keys = new ArrayList<>();
        RestEndpoints.filled(endpoint.template(), name -> {
            keys.add(key(endpoint.root(), name));
            return name;
        });
        endpoint.queryParameters().stream().filter(q -> List.of("round", "outlet").contains(q)).forEach(keys::add);
        return keys;
    }

    /** {@code records.id} for the id of the records resource; path values of the same meaning everywhere by name. */
    private static String key(String scope, String name) {
        String scoped = scope + "." + name;
        return IDS.get(Side.A).containsKey(scoped) ? scoped : name;
    }

    /** The REST resource whose ids a page's {@code id} means. */
    private static String pageScope(Page page) {
        return switch (page.path()) {
            case "app/record.xhtml" -> "records";
            case "app/application.xhtml" -> "applications";
            case "app/sheet.xhtml" -> "experts";
            default -> "pages";
        };
    }

    /** Both parties' ids where the keys differ between them, else one call. */
    private static List<Side> sides(List<String> keys) {
        boolean partisan = keys.stream().anyMatch(k -> !Objects.equals(IDS.get(Side.A).get(k), IDS.get(Side.B).get(k)));
        return partisan ? List.of(Side.A, Side.B) : List.of(Side.A);
    }

    private static String query(List<String> names, Function<String, String> value) {
        List<String> pairs = names.stream().filter(n -> value.apply(n) != null)
                .map(n -> n + "=" + URLEncoder.encode(value.apply(n), StandardCharsets.UTF_8)).toList();
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** The marker of a party other than the caller's in an answer it was given, if any. */
    private static String otherPartysMarker(Answer answer) {
        if (answer.status() / 100 != 2 || answer.caller() == Caller.CENTER || answer.caller() == Caller.OFFICE) {
            return null;
        }
        return MARKER.entrySet().stream().filter(m -> m.getKey() != answer.caller().side && answer.body().contains(m.getValue()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String describe(Answer answer, String problem) {
        String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
        return "%s as %s with %s's ids → %d: %s (answer: %s)".formatted(answer.row(), answer.caller().column, answer.ids(),
                answer.status(), problem, body.substring(0, Math.min(160, body.length())));
    }

    /** The observed matrix as table rows, so that a changed rule is one line to compare. */
    private static String observed(List<String> rows, List<Answer> answers) {
        Map<String, Map<Caller, List<Answer>>> byRow = answers.stream().collect(Collectors.groupingBy(Answer::row,
                LinkedHashMap::new, Collectors.groupingBy(Answer::caller, () -> new EnumMap<>(Caller.class), Collectors.toList())));
        StringBuilder text = new StringBuilder(AccessTable.header());
        for (String row : rows) {
            List<String> cells = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                List<Answer> mine = byRow.getOrDefault(row, Map.of()).getOrDefault(caller, List.of());
                boolean all = mine.stream().allMatch(Answer::allowed);
                boolean none = mine.stream().noneMatch(Answer::allowed);
                cells.add(all ? "Y" : none ? "-" : mine.stream().allMatch(a -> a.allowed() == (a.ids() == caller.side)) ? "own" : "?");
            }
            text.append(AccessTable.line(row, cells)).append('\n');
        }
        return text.toString();
    }
}
