package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** An outlet files a change of its principal and phone; it takes effect only when center staff approve. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("R-7.1")
@Tag("R-16.1")
class ChangeFilingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("R-7.1 a filed change (the English name included) waits for approval, then takes effect, is announced, and the history keeps it")
    void fileApprove() throws Exception {
        Portal.ensureLibraryOutlet();
        Portal.ensureOutlet("park", "测试园区网点");
        String staff = Portal.token("library-staff");
        JsonObject before = Portal.json(Portal.get("api/outlets/mine", staff).body());
        String filing = """
                {"nameZh":"%s","nameEn":"Haidian Public Library IP Information Service Outlet","district":"%s",
                 "address":"%s","principal":"林海","contactPhone":"010-88886666",
                 "contactEmail":"%s","mainServices":"专利文献阅览、查新咨询"}""".formatted(before.getString("nameZh"),
                before.getString("district"), before.getString("address"), before.getString("contactEmail"));
        HttpResponse<String> filed = Portal.postJson("api/changes", staff, filing, "en");
        assertEquals(201, filed.statusCode(), filed.body());
        long id = Portal.json(filed.body()).getJsonNumber("id").longValue();
        assertTrue(Portal.json(filed.body()).getString("changes").contains("principal: " + before.getString("principal") + " → 林海"));
        assertTrue(Portal.json(filed.body()).getString("changes").contains("nameEn: "), "the English name is filed too");

        assertEquals(before.getString("principal"), Portal.json(Portal.get("api/outlets/mine", staff).body()).getString("principal"),
                "nothing changes before approval");
        AccreditationLifecycleIT.assertRefused(Portal.postJson("api/changes", staff, filing, "en"), "waiting for review");
        assertEquals(403, Portal.postJson("api/changes/" + id + "/approve", staff, "{}", "en").statusCode());
        assertEquals(0, Portal.json("{\"c\":" + Portal.get("api/changes?mine=true", Portal.token("park-staff")).body() + "}")
                .getJsonArray("c").size(), "another outlet sees none of it");

        String center = Portal.token("center");
        AccreditationLifecycleIT.assertRefused(Portal.postJson("api/changes/" + id + "/reject", center, "{}", "en"),
                "Enter the reasons");
        HttpResponse<String> approved = Portal.postJson("api/changes/" + id + "/approve", center, "{\"reason\":\"已核实\"}", "en");
        assertEquals("APPROVED", Portal.json(approved.body()).getString("state"), approved.body());

        JsonObject after = Portal.json(Portal.get("api/outlets/mine", staff).body());
        assertEquals("林海", after.getString("principal"));
        assertEquals("010-88886666", after.getString("contactPhone"));
        assertEquals("Haidian Public Library IP Information Service Outlet", after.getString("nameEn"),
                "one institution profile: the English name changes by filing too");
        assertTrue(Portal.get("api/public/announcements?size=200", null).body()
                .matches("(?s).*\"kind\":\"CHANGED\".*\"outletCode\":\"BJ-LIBRARY-001\".*"));
        JsonObject announced = Portal.json(Portal.get("api/public/announcements?size=200", null).body()).getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("kind").equals("CHANGED")
                        && c.getString("outletCode").equals("BJ-LIBRARY-001")).findFirst().orElseThrow();
        assertTrue(announced.getString("detail").contains("负责人") && announced.getString("detailEn").contains("Principal"),
                "the fields that changed, named in both languages: " + announced);
        String history = Portal.get("api/changes?mine=true", staff).body();
        assertTrue(history.contains("\"state\":\"APPROVED\"") && history.contains("\"decidedBy\":\"center\""), history);
    }
}
