package cn.bjip.outlets.it;

import static cn.bjip.outlets.it.Accreditation.post;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One application driven through every state of the procedure (Art. 5) by the real users, with real Keycloak tokens,
 * the real services and PostgreSQL; at each step the moves that are not allowed yet are tried and refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccreditationLifecycleIT {

    private static final int YEAR = 2091;
    private static final String INSTITUTION = "北京测试理工大学知识产权信息服务中心";

    private static long round;
    private static long application;
    private static long document;
    private static long weaker;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @BeforeAll
    static void roundAndPanel() throws Exception {
        round = Accreditation.openRound(YEAR);
        Accreditation.ensureExpert("expert", "刘洋", "中国科学院文献情报中心");
        Accreditation.ensureExpert("expert2", "孙丽", "北京知识产权研究会");
        Accreditation.ensureExpert("expert3", "周强", INSTITUTION);
    }

    @Test
    @Order(1)
    @Tag("R-4.1")
    @Tag("R-5.1")
    @DisplayName("R-4.1 a draft shows what it lacks against Art. 4 and cannot be submitted until nothing is missing; R-5.1 empty, disguised and oversized files are refused")
    void draftAndEligibility() throws Exception {
        for (String staff : List.of("center", "expert", "office")) {
            assertEquals(403, post("api/applications?round=" + round, Portal.token(staff),
                    Accreditation.eligibleContent("员工自报", YEAR)).statusCode(), staff + " cannot apply");
        }
        String applicant = Portal.token("decided-applicant");
        JsonObject draft = Accreditation.start("decided-applicant", round, """
                {"nameZh":"%s","networkType":"university","ipFields":["PATENT"]}""".formatted(INSTITUTION));
        application = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("state"));

        JsonArray gaps = Portal.json(Portal.send(Portal.request("api/applications/" + application + "/eligibility", applicant)
                .header("Accept-Language", "en").GET().build()).body()).getJsonArray("errors");
        List<String> fields = gaps.getValuesAs(JsonObject.class).stream().map(g -> g.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("district", "team", "workSystem", "facilitySite", "resources", "activity",
                "documents")), fields.toString());

        HttpResponse<String> refused = Accreditation.submit("decided-applicant", application);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("At least 3 full-time staff with 1 or more years of experience are needed; there are 0"),
                refused.body());

        HttpResponse<String> saved = Portal.putJson("api/applications/" + application + "?version="
                + draft.getJsonNumber("version").longValue(), applicant, Accreditation.eligibleContent(INSTITUTION, YEAR), "en");
        assertEquals(200, saved.statusCode(), saved.body());
        assertRefused(Accreditation.upload(applicant, application, "empty.pdf", new byte[0]), "is empty");
        assertRefused(Accreditation.upload(applicant, application, "disguised.pdf", "MZ\u0090 not a pdf".getBytes()),
                "its content does not match its extension");
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Accreditation.PDF, 0, tooLarge, 0, Accreditation.PDF.length);
        assertRefused(Accreditation.upload(applicant, application, "huge.pdf", tooLarge), "larger than the limit of 10 MB");
        assertEquals("[]", Portal.get("api/applications/" + application + "/documents", applicant).body(),
                "no refused file is stored");
        HttpResponse<String> uploaded = Accreditation.upload(applicant, application, "申报书.pdf", Accreditation.PDF);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        document = Portal.json(uploaded.body()).getJsonNumber("id").longValue();
        assertEquals("[]", Portal.json(Portal.get("api/applications/" + application + "/eligibility", applicant).body())
                .getJsonArray("errors").toString());
    }

    @Test
    @Order(2)
    @Tag("R-5.2")
    @DisplayName("R-5.2 a draft cannot be passed, assigned or decided; once submitted it is locked; returned with reasons it can be fixed and resubmitted")
    void submitReturnResubmit() throws Exception {
        String center = Portal.token("center");
        assertRefused(post("api/applications/" + application + "/pass", center, "{}"), "cannot become In expert review");
        assertRefused(post("api/applications/" + application + "/sheets", center, "{\"expert\":\"expert\"}"),
                "experts cannot be assigned");
        assertEquals(200, Accreditation.submit("decided-applicant", application).statusCode());

        String applicant = Portal.token("decided-applicant");
        HttpResponse<String> locked = Portal.putJson("api/applications/" + application + "?version="
                + Accreditation.version(applicant, application), applicant, Accreditation.eligibleContent(INSTITUTION, YEAR), "en");
        assertRefused(locked, "locked");
        assertRefused(Accreditation.upload(applicant, application, "more.pdf", Accreditation.PDF), "locked");

        assertRefused(post("api/applications/" + application + "/return", center, "{\"reason\":\" \"}"), "only spaces");
        HttpResponse<String> returned = post("api/applications/" + application + "/return", center,
                "{\"reason\":\"请补充团队成员的从业证明\"}");
        assertEquals("RETURNED", Portal.json(returned.body()).getString("state"), returned.body());
        assertEquals(201, Accreditation.upload(applicant, application, "团队证明.png", png()).statusCode());
        assertEquals(200, Accreditation.submit("decided-applicant", application).statusCode());
    }

    @Test
    @Order(3)
    @Tag("R-5.3")
    @DisplayName("R-5.3 passed to expert review: a conflicted expert cannot be assigned; two others are; the office cannot decide and the center cannot close scoring yet")
    void passAndAssign() throws Exception {
        String center = Portal.token("center");
        String expert2 = Portal.token("expert2");
        assertEquals("{\"mailOff\":true}", Portal.putJson("api/me/mail", expert2, "{\"mailOff\":true}", "zh-CN").body());
        HttpResponse<String> passed = post("api/applications/" + application + "/pass", center, "{\"reason\":\"材料齐全\"}");
        assertEquals("IN_EXPERT_REVIEW", Portal.json(passed.body()).getString("state"), passed.body());

        assertRefused(post("api/applications/" + application + "/sheets", center, "{\"expert\":\"expert3\"}"),
                "conflict of interest");
        assertEquals(201, post("api/applications/" + application + "/sheets", center, "{\"expert\":\"expert\"}").statusCode());
        assertEquals(201, post("api/applications/" + application + "/sheets", center, "{\"expert\":\"expert2\"}").statusCode());
        assertRefused(post("api/applications/" + application + "/sheets", center, "{\"expert\":\"expert2\"}"),
                "already assigned");

        weaker = Accreditation.start("applicant2", round, Accreditation.eligibleContent("北京测试弱项机构", YEAR))
                .getJsonNumber("id").longValue();
        assertEquals(201, Accreditation.upload(Portal.token("applicant2"), weaker, "材料.pdf", Accreditation.PDF).statusCode());
        assertEquals(200, Accreditation.submit("applicant2", weaker).statusCode());
        assertRefused(post("api/rounds/" + round + "/close-scoring", center, ""), "1 submitted applications have not been reviewed");
        assertEquals(200, post("api/applications/" + weaker + "/pass", center, "{}").statusCode());
        for (String expert : List.of("expert", "expert2")) {
            assertEquals(201, post("api/applications/" + weaker + "/sheets", center, "{\"expert\":\"" + expert + "\"}").statusCode());
        }

        assertRefused(post("api/applications/" + application + "/accredit", Portal.token("office"),
                "{\"reason\":\"提前认定\"}"), "has not ended");
        assertRefused(post("api/rounds/" + round + "/close-scoring", center, ""), "do not yet have 2 submitted score sheets");

        // UX-6: the applicant is reminded of the move the center made, each expert of the assignment; e-mail only to
        // those who did not turn it off
        assertTrue(reminderTexts("decided-applicant").contains("申报书“" + INSTITUTION + "”的状态已变为：专家评审中。"),
                reminderTexts("decided-applicant").toString());
        assertEquals(1, Mailbox.awaitReminders("expert@review.example.cn", "EXPERT_ASSIGNED", "expert-assigned:" + sheetOf("expert")));
        JsonObject quiet = awaitMailed("expert2", "EXPERT_ASSIGNED");
        assertEquals("MAIL_OFF", quiet.getString("mail"), quiet.toString());
        assertEquals(0, Mailbox.reminders("expert2@experts.example.cn", "EXPERT_ASSIGNED", "expert-assigned:" + sheetOf("expert2")));
        assertEquals("{\"mailOff\":false}", Portal.putJson("api/me/mail", expert2, "{\"mailOff\":false}", "zh-CN").body());
    }

    private static List<String> reminderTexts(String username) throws Exception {
        return Portal.json(Portal.get("api/me/reminders", Portal.token(username)).body()).getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getJsonObject("text").getString("zh")).toList();
    }

    /** The newest reminder of {@code kind} for {@code username}, once the mailing has dealt with it (up to 60 s). */
    private static JsonObject awaitMailed(String username, String kind) throws Exception {
        for (int attempt = 0; attempt < 120; attempt++) {
            JsonObject reminder = Portal.json(Portal.get("api/me/reminders", Portal.token(username)).body()).getJsonArray("rows")
                    .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("kind").equals(kind)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " reminder for " + username));
            if (reminder.containsKey("mail") && !reminder.isNull("mail")) {
                return reminder;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the " + kind + " reminder of " + username + " was not mailed within 60 s");
    }

    @Test
    @Order(4)
    @Tag("R-5.3")
    @DisplayName("R-5.3 each expert fills their own sheet: items out of range or missing are refused; a submitted sheet is locked")
    void expertsScore() throws Exception {
        long first = sheetOf("expert");
        String expert = Portal.token("expert");
        assertRefused(Portal.putJson("api/experts/sheets/" + first + "?version=0", expert,
                Accreditation.fullScores(21, 20, 25, 8, 12, true), "en"), "must be between 0 and 20");
        assertRefused(Portal.putJson("api/experts/sheets/" + first + "?version=0", expert,
                "{\"items\":[{\"itemKey\":\"team\",\"score\":18}],\"submit\":true}", "en"), "Resources and tools");
        assertRefused(Portal.putJson("api/experts/sheets/" + first + "?version=0", expert,
                "{\"items\":[{\"itemKey\":\"team\",\"score\":18},{\"itemKey\":\"team\",\"score\":2}],\"submit\":false}", "en"),
                "scored twice");
        HttpResponse<String> draft = Portal.putJson("api/experts/sheets/" + first + "?version=0", expert,
                "{\"items\":[{\"itemKey\":\"team\",\"score\":18}],\"submit\":false}", "en");
        assertEquals(200, draft.statusCode(), draft.body());
        long version = Portal.json(draft.body()).getJsonNumber("version").longValue();
        assertEquals(200, Portal.putJson("api/experts/sheets/" + first + "?version=" + version, expert,
                Accreditation.fullScores(18, 20, 25, 8, 12, true), "en").statusCode());
        assertRefused(Portal.putJson("api/experts/sheets/" + first + "?version=" + (version + 1), expert,
                Accreditation.fullScores(20, 25, 30, 10, 15, true), "en"), "has been submitted");

        long second = sheetOf("expert2");
        assertEquals(200, Portal.putJson("api/experts/sheets/" + second + "?version=0", Portal.token("expert2"),
                Accreditation.fullScores(16, 18, 24, 7, 10, true), "en").statusCode());
        for (String scorer : List.of("expert", "expert2")) {
            assertEquals(200, Portal.putJson("api/experts/sheets/" + sheetOf(scorer, weaker) + "?version=0",
                    Portal.token(scorer), Accreditation.fullScores(10, 10, 10, 5, 5, true), "en").statusCode());
        }
    }

    @Test
    @Order(5)
    @Tag("R-5.3")
    @Tag("R-5.4")
    @Tag("UX-3")
    @DisplayName("R-5.3 closing scoring gives the mean with min and max, the ranking and the proposed list, the totals shown to staff only (UX-3); R-5.4 only the office decides, with reasons, and accredits only from the proposed list; the public CSV lists it in Chinese words, with an English variant")
    void closeAndDecide() throws Exception {
        String center = Portal.token("center");
        assertEquals("SCORING_CLOSED", Portal.json(post("api/rounds/" + round + "/close-scoring", center, "").body())
                .getString("state"));
        JsonObject scored = Accreditation.application(center, application);
        assertEquals("SCORED", scored.getString("state"));
        assertEquals(79.0, scored.getJsonNumber("aggregateScore").doubleValue(), 0.001); // (83 + 75) / 2
        assertEquals(75.0, scored.getJsonNumber("minScore").doubleValue(), 0.001);
        assertEquals(83.0, scored.getJsonNumber("maxScore").doubleValue(), 0.001);
        assertEquals(1, scored.getInt("rank"));
        assertTrue(scored.getBoolean("proposed"));
        JsonObject seenByApplicant = Accreditation.application(Portal.token("decided-applicant"), application);
        assertEquals(79.0, seenByApplicant.getJsonNumber("aggregateScore").doubleValue(), 0.001);
        assertTrue(!seenByApplicant.containsKey("minScore") && !seenByApplicant.containsKey("maxScore"),
                "the applicant does not learn the sheet totals");
        // UX-3: the service leaves out what a caller may not see, and says what each may do now
        String expert2 = Portal.token("expert2");
        JsonObject seenByExpert = Accreditation.application(expert2, application);
        assertTrue(!seenByExpert.containsKey("minScore") && !seenByExpert.containsKey("maxScore"),
                "an expert does not learn the sheet totals either");
        assertFalse(seenByExpert.containsKey("aggregateScore"), "nor the mean, which with their own total gives the other's");
        assertEquals(404, Portal.get("api/experts/sheets/" + sheetOf("expert"), expert2).statusCode(),
                "nor another expert's sheet");
        assertEquals(83.0, Portal.json(Portal.get("api/experts/sheets/" + sheetOf("expert"), Portal.token("expert")).body())
                .getJsonNumber("total").doubleValue(), 0.001, "an expert sees their own sheet's total");
        assertEquals(List.of(), actions(seenByApplicant), "nothing is left for the applicant to do");
        assertEquals(List.of(), actions(scored), "nor for the center");
        assertEquals(List.of("ACCREDIT", "REJECT"), actions(Accreditation.application(Portal.token("office"), application)),
                "the office decides");
        JsonArray ranking = Portal.json("{\"r\":" + Portal.get("api/rounds/" + round + "/ranking", center).body() + "}")
                .getJsonArray("r");
        assertEquals(application, ranking.getJsonObject(0).getJsonNumber("id").longValue());
        JsonObject second = ranking.getJsonObject(1);
        assertEquals(weaker, second.getJsonNumber("id").longValue());
        assertEquals(2, second.getInt("rank"));
        assertEquals(40.0, second.getJsonNumber("aggregateScore").doubleValue(), 0.001);
        assertFalse(second.getBoolean("proposed"), "below the pass score of 60");

        assertEquals(403, post("api/applications/" + application + "/accredit", center, "{\"reason\":\"同意\"}").statusCode());
        String office = Portal.token("office");
        assertRefused(post("api/applications/" + application + "/accredit", office, "{}"), "Enter the reasons");
        HttpResponse<String> accredited = post("api/applications/" + application + "/accredit", office,
                "{\"reason\":\"专家评审第一名，服务基础扎实\"}");
        JsonObject decided = Portal.json(accredited.body());
        assertEquals("ACCREDITED", decided.getString("state"), accredited.body());
        String code = decided.getString("outletCode");
        assertTrue(code.matches("BJ-UNIVERSITY-\\d{3}"), code);
        // the applicant's account is now the new outlet's staff: their next token says so
        JsonObject claims = Portal.claims(Portal.freshToken("decided-applicant"));
        assertTrue(claims.getJsonObject("realm_access").getJsonArray("roles").getValuesAs(JsonString.class)
                .stream().anyMatch(r -> r.getString().equals("outlet-staff")), claims.toString());
        assertEquals(code, claims.getString("outlet_code"), claims.toString());
        assertEquals(code, Portal.json(Portal.get("api/outlets/mine", Portal.token("decided-applicant")).body()).getString("code"));
        assertRefused(post("api/applications/" + application + "/reject", office, "{\"reason\":\"改判\"}"),
                "cannot become Not accredited");
        assertRefused(post("api/applications/" + weaker + "/accredit", office, "{\"reason\":\"照顾\"}"),
                "not on the proposed list");
        assertEquals("REJECTED", Portal.json(post("api/applications/" + weaker + "/reject", office,
                "{\"reason\":\"评审得分低于入围分数\"}").body()).getString("state"));

        HttpResponse<String> listed = Portal.get("api/public/directory?type=university&size=200", null);
        assertEquals(200, listed.statusCode());
        JsonObject entry = Portal.json(listed.body()).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow();
        assertEquals(INSTITUTION, entry.getString("name"));
        // personal data: the public sees the outlet's service contacts, not the principal's name
        assertFalse(entry.containsKey("principal"), entry.toString());
        String csv = Portal.send(Portal.request("api/public/directory.csv?type=university", null)
                .header("Accept", "text/csv").GET().build()).body();
        assertTrue(csv.contains(code) && !csv.contains("principal") && !csv.contains("李明"), csv);
        // UX-3: in Chinese, every value in words; an English variant
        assertTrue(csv.startsWith("\uFEFF网点编码,网点名称,英文名称,网点类型,所在区,地址,服务类别"), csv);
        String row = csv.lines().filter(line -> line.startsWith(code)).findFirst().orElseThrow();
        assertTrue(row.contains(",高校,海淀区,") && row.contains("专利、商标") && !row.contains("HAIDIAN"), row);
        String english = Portal.send(Portal.request("api/public/directory.csv?type=university&lang=en", null)
                .header("Accept", "text/csv").GET().build()).body();
        assertTrue(english.startsWith("\uFEFFCode,Name (Chinese),Name (English),Network type,District"), english);
        assertTrue(english.lines().filter(line -> line.startsWith(code)).findFirst().orElseThrow()
                .contains(",University,Haidian,"), english);
        assertEquals(400, Portal.send(Portal.request("api/public/directory.csv?lang=fr", null)
                .header("Accept", "text/csv").GET().build()).statusCode());
        assertTrue(Portal.get("api/public/announcements", null).body().contains("\"outletCode\":\"" + code + "\""));
    }

    @Test
    @Order(6)
    @Tag("R-5.4")
    @DisplayName("R-5.4 every move is kept: who, from, to and why, oldest first")
    void history() throws Exception {
        String body = Portal.get("api/applications/" + application + "/history", Portal.token("decided-applicant")).body();
        JsonArray moves = Portal.json("{\"h\":" + body + "}").getJsonArray("h");
        assertEquals(List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "IN_EXPERT_REVIEW", "SCORED", "ACCREDITED"),
                moves.getValuesAs(JsonObject.class).stream().map(m -> m.getString("toState")).toList());
        JsonObject returned = moves.getJsonObject(2);
        assertEquals("center", returned.getString("actor"));
        assertEquals("SUBMITTED", returned.getString("fromState"));
        assertEquals("请补充团队成员的从业证明", returned.getString("reason"));
        assertEquals("office", moves.getJsonObject(6).getString("actor"));
    }

    @Test
    @Order(7)
    @Tag("R-5.1")
    @DisplayName("R-5.1 the accepted upload downloads byte-identical, as an attachment, for the applicant and the assigned expert")
    void downloadsIdentical() throws Exception {
        for (String user : List.of("decided-applicant", "expert", "center")) {
            HttpResponse<byte[]> download = Portal.sendForBytes(Portal.request("api/applications/documents/" + document,
                    Portal.token(user)).GET().build());
            assertEquals(200, download.statusCode(), user);
            assertArrayEquals(Accreditation.PDF, download.body(), user);
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        }
        assertEquals(404, Portal.sendForBytes(Portal.request("api/applications/documents/" + document,
                Portal.token("applicant2")).GET().build()).statusCode());
    }

    static long sheetOf(String expert) throws Exception {
        return sheetOf(expert, application);
    }

    /** The id of the expert's sheet for an application, as the expert's own list shows it. */
    static long sheetOf(String expert, long applicationId) throws Exception {
        String body = Portal.get("api/experts/sheets", Portal.token(expert)).body();
        return Portal.json("{\"s\":" + body + "}").getJsonArray("s").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("applicationId").longValue() == applicationId)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static List<String> actions(JsonObject view) {
        return view.getJsonArray("actions").getValuesAs(JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).sorted().toList();
    }

    static void assertRefused(HttpResponse<String> response, String expected) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains(expected), response.body());
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }
}
