package cn.bjip.outlets.it;

import static cn.bjip.outlets.it.Accreditation.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An outlet in its last year of validity applies to renew; accredited again, it is valid three more years. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("R-6.1")
class RenewalIT {

    private static final int YEAR = 2094;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("R-6.1 a renewal starts from the outlet's details, goes through review and scoring, and extends validity by three years")
    void renew() throws Exception {
        Portal.ensureOutlet("market", "测试市场化服务机构网点");
        long round = Accreditation.openRound(YEAR);
        Accreditation.ensureExpert("expert", "刘洋", "中国科学院文献情报中心");
        Accreditation.ensureExpert("expert2", "孙丽", "北京知识产权研究会");
        String staff = Portal.token("market-staff");
        LocalDate expiresBefore = LocalDate.parse(Portal.json(Portal.get("api/outlets/mine", staff).body()).getString("expiresOn"));

        HttpResponse<String> started = post("api/applications/renewal?round=" + round, staff, "");
        assertEquals(201, started.statusCode(), started.body());
        JsonObject renewal = Portal.json(started.body());
        long id = renewal.getJsonNumber("id").longValue();
        assertEquals("RENEWAL", renewal.getString("kind"));
        assertEquals("测试市场化服务机构网点", renewal.getJsonObject("content").getString("nameZh"));
        AccreditationLifecycleIT.assertRefused(post("api/applications/renewal?round=" + round, staff, ""), "once per round");

        String content = Accreditation.eligibleContent("测试市场化服务机构网点", YEAR);
        assertEquals(200, Portal.putJson("api/applications/" + id + "?version=" + renewal.getJsonNumber("version"), staff,
                content, "en").statusCode());
        assertEquals("market", Accreditation.application(staff, id).getJsonObject("content").getString("networkType"),
                "a renewal keeps the outlet's type");
        assertEquals(201, Accreditation.upload(staff, id, "年度报告.pdf", Accreditation.PDF).statusCode());
        assertEquals(200, Accreditation.submit("market-staff", id).statusCode());

        String center = Portal.token("center");
        assertEquals(200, post("api/applications/" + id + "/pass", center, "{}").statusCode());
        for (String expert : new String[] {"expert", "expert2"}) {
            assertEquals(201, post("api/applications/" + id + "/sheets", center, "{\"expert\":\"" + expert + "\"}").statusCode());
            assertEquals(200, Portal.putJson("api/experts/sheets/" + AccreditationLifecycleIT.sheetOf(expert, id) + "?version=0",
                    Portal.token(expert), Accreditation.fullScores(17, 20, 25, 8, 12, true), "en").statusCode());
        }
        assertEquals(200, post("api/rounds/" + round + "/close-scoring", center, "").statusCode());
        HttpResponse<String> renewed = post("api/applications/" + id + "/accredit", Portal.token("office"), "{\"reason\":\"续期三年\"}");
        assertEquals("ACCREDITED", Portal.json(renewed.body()).getString("state"), renewed.body());

        LocalDate expiresAfter = LocalDate.parse(Portal.json(Portal.get("api/outlets/mine", staff).body()).getString("expiresOn"));
        assertEquals(expiresBefore.plusYears(3), expiresAfter);
        assertTrue(Portal.get("api/public/announcements?size=200", null).body()
                .matches("(?s).*\"kind\":\"RENEWED\".*\"outletCode\":\"BJ-MARKET-001\".*"));
    }
}
