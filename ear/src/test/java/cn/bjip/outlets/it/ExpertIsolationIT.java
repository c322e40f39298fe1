package cn.bjip.outlets.it;

import static cn.bjip.outlets.it.Accreditation.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
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
 * Two applications in expert review, expert A assigned to the first and expert B to the second: neither reaches the
 * other's application, documents or sheets by any API route.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("R-5.3")
@Tag("security")
class ExpertIsolationIT {

    private static final int YEAR = 2092;

    private static long round;
    private static long first;
    private static long second;
    private static long secondDocument;
    private static long sheetOfA;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @BeforeAll
    static void twoApplicationsInReview() throws Exception {
        round = Accreditation.openRound(YEAR);
        Accreditation.ensureExpert("expert", "刘洋", "中国科学院文献情报中心");
        Accreditation.ensureExpert("expert2", "孙丽", "北京知识产权研究会");
        first = submitted("applicant", "隔离测试甲机构");
        second = submitted("applicant2", "隔离测试乙机构");
        secondDocument = Portal.json(Portal.get("api/applications/" + second + "/documents", Portal.token("applicant2")).body()
                .replaceFirst("^\\[", "{\"d\":[").replaceFirst("]$", "]}")).getJsonArray("d").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String center = Portal.token("center");
        for (long id : new long[] {first, second}) {
            assertEquals(200, post("api/applications/" + id + "/pass", center, "{}").statusCode());
        }
        JsonObject sheet = Portal.json(post("api/applications/" + first + "/sheets", center, "{\"expert\":\"expert\"}").body());
        sheetOfA = sheet.getJsonNumber("id").longValue();
        assertEquals(201, post("api/applications/" + second + "/sheets", center, "{\"expert\":\"expert2\"}").statusCode());
    }

    private static long submitted(String applicant, String institution) throws Exception {
        long id = Accreditation.start(applicant, round, Accreditation.eligibleContent(institution, YEAR))
                .getJsonNumber("id").longValue();
        assertEquals(201, Accreditation.upload(Portal.token(applicant), id, "材料.pdf", Accreditation.PDF).statusCode());
        assertEquals(200, Accreditation.submit(applicant, id).statusCode());
        return id;
    }

    @Test
    @DisplayName("R-5.3 an expert reads the application assigned to them, and not another one, nor its documents or eligibility")
    void onlyAssignedApplications() throws Exception {
        String expertA = Portal.token("expert");
        assertEquals(200, Portal.get("api/applications/" + first, expertA).statusCode());
        assertEquals(404, Portal.get("api/applications/" + second, expertA).statusCode());
        assertEquals(404, Portal.get("api/applications/" + second + "/documents", expertA).statusCode());
        assertEquals(404, Portal.get("api/applications/" + second + "/eligibility", expertA).statusCode());
        assertEquals(404, Portal.get("api/applications/" + second + "/history", expertA).statusCode());
        assertEquals(404, Portal.sendForBytes(Portal.request("api/applications/documents/" + secondDocument, expertA)
                .GET().build()).statusCode());
        assertEquals(403, Portal.get("api/rounds/" + round + "/applications", expertA).statusCode());
        assertEquals(403, Portal.get("api/rounds/" + round + "/ranking", expertA).statusCode());
    }

    @Test
    @DisplayName("R-5.3 an expert cannot read or fill another expert's sheet, nor list the sheets of any application")
    void onlyOwnSheets() throws Exception {
        String expertB = Portal.token("expert2");
        assertEquals(404, Portal.get("api/experts/sheets/" + sheetOfA, expertB).statusCode());
        assertEquals(404, Portal.putJson("api/experts/sheets/" + sheetOfA + "?version=0", expertB,
                Accreditation.fullScores(1, 1, 1, 1, 1, true), "en").statusCode());
        assertEquals(403, Portal.get("api/applications/" + first + "/sheets", expertB).statusCode());
        assertEquals(403, Portal.get("api/applications/" + second + "/sheets", expertB).statusCode());
        assertEquals(0, Portal.json("{\"s\":" + Portal.get("api/experts/sheets", expertB).body() + "}").getJsonArray("s")
                .getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("applicationId").longValue() == first).count());
        assertEquals(200, Portal.get("api/experts/sheets/" + sheetOfA, Portal.token("expert")).statusCode());
    }

    @Test
    @DisplayName("R-5.3 an expert who declares a conflict with an institution can no longer be assigned to it, nor score it if already assigned")
    void declaredConflict() throws Exception {
        assertEquals(200, post("api/experts/me/conflicts", Portal.token("expert2"), "{\"reason\":\"隔离测试甲机构\"}")
                .statusCode());
        AccreditationLifecycleIT.assertRefused(post("api/applications/" + first + "/sheets", Portal.token("center"),
                "{\"expert\":\"expert2\"}"), "conflict of interest");

        // declared after the assignment: the expert can no longer score the application
        String expertA = Portal.token("expert");
        assertEquals(200, post("api/experts/me/conflicts", expertA, "{\"reason\":\"隔离测试甲机构\"}").statusCode());
        AccreditationLifecycleIT.assertRefused(Portal.putJson("api/experts/sheets/" + sheetOfA + "?version=0", expertA,
                Accreditation.fullScores(1, 1, 1, 1, 1, false), "en"), "declared a conflict of interest");
    }

    @Test
    @DisplayName("R-5.3 applicants see their own application only")
    void applicantsSeeTheirOwn() throws Exception {
        assertEquals(404, Portal.get("api/applications/" + second, Portal.token("applicant")).statusCode());
        assertEquals(200, Portal.get("api/applications/" + second, Portal.token("applicant2")).statusCode());
    }
}
