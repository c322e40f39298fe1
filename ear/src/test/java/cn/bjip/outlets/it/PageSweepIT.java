package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.it.PortalPages.Page;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Every page of the portal ({@link PortalPages}), opened
 * by every kind of caller with each kind of parameter it takes: the answer is always a page of the portal — the page,
 * a redirect to sign-in, or the portal's 400/403/404 page — and never a 5xx or a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("UX-1")
@Tag("UX-3")
class PageSweepIT {

    private static final Pattern STACK_TRACE = Pattern.compile(
            "Exception|Caused by|\\.java:\\d+|\\bat [a-z]+\\.[\\w.$]+\\(|WFLY|ARJUNA|RESTEASY|Mojarra|Undertow|ELException");
    private static final List<String> CALLERS =
            Arrays.asList(null, "applicant", "expert", "library-staff", "center", "office");

    private static final Map<String, String> REAL = new LinkedHashMap<>();
    private static final Map<String, String> FOREIGN = new LinkedHashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @BeforeAll
    static void objectsToOpen() throws Exception {
        Portal.ensureLibraryOutlet();
        Portal.ensureOutlet("park", "测试园区网点");
        // records of a past year that no test submits a ledger for, so that they can always be written
        int year = 2024;
        REAL.put("id", record("library-staff", """
                {"formId":"outreachEvent","serviceKind":"PUBLIC_TRAINING","ipFields":["PATENT"],"serviceDate":"%d-01-10",
                 "beneficiaryKind":"PUBLIC","beneficiaryCount":20,"charged":false,"summary":"扫描用记录",
                 "values":{"eventKind":"lecture","title":"扫描讲座","attendance":20}}""".formatted(year)));
        FOREIGN.put("id", record("park-staff", """
                {"formId":"enterpriseService","serviceKind":"INFORMATION_SEARCH","ipFields":["PATENT"],
                 "serviceDate":"%d-01-10","beneficiaryKind":"ENTERPRISE","beneficiaryCount":1,"charged":false,
                 "summary":"园区扫描用记录","values":{"enterpriseName":"某公司","serviceItem":"patentSearch"}}""".formatted(year)));
        REAL.put("outlet", "BJ-LIBRARY-001");
        FOREIGN.put("outlet", "BJ-PARK-001");
        REAL.put("year", "2025");
        REAL.put("quarter", "1");
        REAL.put("period", REAL.get("year") + "-Q1");
        REAL.put("type", "library");
        FOREIGN.put("type", "park");
        REAL.put("form", "outreachEvent");
        FOREIGN.put("form", "enterpriseService");
        TestDatabase.first("SELECT id FROM accreditation_round ORDER BY id DESC LIMIT 1").ifPresent(id -> REAL.put("round", id));
    }

    private static String record(String staff, String body) throws IOException, InterruptedException {
        HttpResponse<String> created = Portal.postJson("api/records", Portal.token(staff), body, "zh-CN");
        if (created.statusCode() != 201) {
            throw new IllegalStateException(created.body());
        }
        return Portal.json(created.body()).get("id").toString();
    }

    /** The addresses to open for a page: bare, and with real, another outlet's, missing and garbage values. */
    private static Map<String, String> addresses(Page page) {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("none", page.path());
        if (page.parameters().isEmpty()) {
            return kinds;
        }
        kinds.put("real", withValues(page, name -> REAL.getOrDefault(name, "1")));
        kinds.put("foreign", withValues(page, name -> FOREIGN.getOrDefault(name, REAL.getOrDefault(name, "1"))));
        kinds.put("missing", withValues(page, name -> switch (name) {
            case "year" -> "1999";
            case "quarter" -> "5";
            case "period" -> "1999-Q1";
            case "outlet" -> "BJ-NONE-999";
            case "type", "form" -> "nothing";
            default -> "999999999";
        }));
        kinds.put("garbage", withValues(page, name -> "x'\"<script>\u0000\u200b"));
        return kinds;
    }

    private static String withValues(Page page, java.util.function.Function<String, String> value) {
        return page.path() + "?" + page.parameters().stream()
                .map(name -> name + "=" + URLEncoder.encode(value.apply(name), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Test
    @DisplayName("UX-1 UX-3 every page × every caller × every kind of parameter answers a page of the portal, never a 5xx or a stack trace")
    void everyPageAnswersAsThePortal() throws Exception {
        List<Page> pages = PortalPages.all();
        assertTrue(pages.size() >= 25, "the sweep found the pages: " + pages.size());
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int requests = 0;
        for (String caller : CALLERS) {
            WebSession session = WebSession.as(caller);
            for (Page page : pages) {
                for (Map.Entry<String, String> address : addresses(page).entrySet()) {
                    HttpResponse<String> answer = session.get(address.getValue());
                    requests++;
                    byStatus.merge(answer.statusCode(), 1, Integer::sum);
                    String problem = problem(answer);
                    if (problem != null) {
                        wrong.add((caller == null ? "anonymous" : caller) + " " + address.getKey() + " "
                                + address.getValue() + " → " + answer.statusCode() + ": " + problem);
                    }
                }
            }
        }
        String summary = "pages: %d, callers: %d, requests: %d, answers by status: %s".formatted(pages.size(),
                CALLERS.size(), requests, byStatus);
        Path reports = Files.createDirectories(Path.of(System.getProperty("portal.reports")));
        Files.writeString(reports.resolve("page-sweep.txt"), summary + "\n" + String.join("\n", wrong) + "\n");
        System.out.println("Page sweep: " + summary);
        assertTrue(wrong.isEmpty(), wrong.size() + " answers are not pages of the portal:\n" + String.join("\n", wrong));
    }

    private static String problem(HttpResponse<String> answer) {
        int status = answer.statusCode();
        String body = answer.body();
        Matcher trace = STACK_TRACE.matcher(body);
        if (trace.find()) {
            return "shows \"" + trace.group() + "\"";
        }
        return switch (status) {
            case 200 -> null;
            case 302, 303 -> answer.headers().firstValue("Location")
                    .filter(l -> l.startsWith(Portal.REALM_URL) || l.startsWith(Portal.BASE) || l.startsWith("/"))
                    .isPresent() ? null : "redirects elsewhere";
            case 400, 403, 404 -> body.contains("id=\"error\"") ? null : "not the portal's error page";
            default -> "unexpected status";
        };
    }
}
