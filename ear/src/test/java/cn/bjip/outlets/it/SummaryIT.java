package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An outlet writes and submits its year-end summary; center staff see it submitted. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("R-14.2")
class SummaryIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("R-14.2 a summary needs its achievements and plans, takes checked attachments, is locked once submitted, shows on the overview, and its attachments reach the center and its own outlet only")
    void writeAndSubmit() throws Exception {
        String code = Portal.ensureOutlet("research", "测试科研院所网点");
        String staff = Portal.token("research-staff");
        assertEquals(200, Portal.putJson("api/summaries/mine/2031", staff, "{\"problems\":\"人手不足\"}", "en").statusCode());
        AccreditationLifecycleIT.assertRefused(Portal.postJson("api/summaries/mine/2031/submit", staff,
                "{\"problems\":\"人手不足\"}", "en"), "achievements and the plans");
        assertEquals(201, Accreditation.uploadTo(staff, "api/summaries/mine/2031/documents", "年度总结附件.pdf", Accreditation.PDF)
                .statusCode());
        AccreditationLifecycleIT.assertRefused(Accreditation.uploadTo(staff, "api/summaries/mine/2031/documents", "virus.pdf",
                "MZ not a pdf".getBytes()), "does not match its extension");
        assertEquals(1, Portal.json("{\"d\":" + Portal.get("api/summaries/mine/2031/documents", staff).body() + "}")
                .getJsonArray("d").size());
        HttpResponse<String> submitted = Portal.postJson("api/summaries/mine/2031/submit", staff, """
                {"achievements":"全年服务企业 320 家","problems":"人手不足","plans":"新增专利导航服务"}""", "en");
        assertEquals("SUBMITTED", Portal.json(submitted.body()).getString("state"), submitted.body());
        AccreditationLifecycleIT.assertRefused(Portal.putJson("api/summaries/mine/2031", staff, "{\"plans\":\"改写\"}", "en"),
                "already been submitted");
        AccreditationLifecycleIT.assertRefused(Accreditation.uploadTo(staff, "api/summaries/mine/2031/documents", "迟到.pdf",
                Accreditation.PDF), "already been submitted");

        JsonObject line = Portal.json(Portal.get("api/summaries/overview/2031?size=200", Portal.token("center")).body())
                .getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("outletCode").equals(code)).findFirst().orElseThrow();
        assertEquals("SUBMITTED", line.getString("state"));
        assertEquals(false, line.getBoolean("late"), "2031 is not over");
        assertEquals(403, Portal.get("api/summaries/overview/2031", staff).statusCode());

        // the attachment, one stored document: the center reviews it, byte for byte; another outlet reaches nothing
        String center = Portal.token("center");
        JsonObject attachment = Portal.json("{\"d\":" + Portal.get("api/summaries/" + code + "/2031/documents", center).body()
                + "}").getJsonArray("d").getJsonObject(0);
        assertEquals("年度总结附件.pdf", attachment.getString("fileName"));
        String download = "api/summaries/documents/" + attachment.getJsonNumber("id").longValue();
        HttpResponse<byte[]> reviewed = Portal.sendForBytes(Portal.request(download, center).GET().build());
        assertEquals(200, reviewed.statusCode());
        assertArrayEquals(Accreditation.PDF, reviewed.body());
        assertEquals(200, Portal.sendForBytes(Portal.request(download, staff).GET().build()).statusCode(), "its own outlet");
        Portal.ensureLibraryOutlet();
        String otherOutlet = Portal.token("library-staff");
        assertEquals(404, Portal.sendForBytes(Portal.request(download, otherOutlet).GET().build()).statusCode());
        assertEquals(404, Portal.get("api/summaries/" + code + "/2031/documents", otherOutlet).statusCode());
        assertEquals(403, Portal.sendForBytes(Portal.request(download, Portal.token("expert")).GET().build()).statusCode());
    }
}
