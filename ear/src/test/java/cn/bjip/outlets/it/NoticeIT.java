package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The center publishes trainings to all outlets or to one network type; each outlet sees what is for it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("R-11.1")
class NoticeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("R-11.1 a notice for libraries reaches library outlets only; one for everyone reaches all; outlets cannot publish")
    void audience() throws Exception {
        Portal.ensureLibraryOutlet();
        Portal.ensureOutlet("park", "测试园区网点");
        String center = Portal.token("center");
        HttpResponse<String> forLibraries = Portal.postJson("api/notices", center, """
                {"kind":"TRAINING","title":"公共图书馆专利检索培训（测试）","body":"面向公共图书馆网点的检索培训。",
                 "eventOn":"2026-12-10","audience":["library"]}""", "zh-CN");
        assertEquals(201, forLibraries.statusCode(), forLibraries.body());
        assertEquals(201, Portal.postJson("api/notices", Portal.token("office"), """
                {"kind":"GUIDANCE","title":"季度台账报送指引（测试）","body":"请在季度结束后 15 日内报送台账。","audience":[]}""",
                "zh-CN").statusCode());
        AccreditationLifecycleIT.assertRefused(Portal.postJson("api/notices", center, """
                {"kind":"EXCHANGE","title":"太空网点交流","body":"不存在的类型","audience":["spaceport"]}""", "en"),
                "spaceport");

        String library = Portal.get("api/notices?mine=true", Portal.token("library-staff")).body();
        assertTrue(library.contains("公共图书馆专利检索培训（测试）") && library.contains("季度台账报送指引（测试）"), library);
        String park = Portal.get("api/notices?mine=true", Portal.token("park-staff")).body();
        assertTrue(park.contains("季度台账报送指引（测试）"), park);
        assertFalse(park.contains("公共图书馆专利检索培训（测试）"), park);
        assertEquals(403, Portal.postJson("api/notices", Portal.token("park-staff"),
                "{\"kind\":\"TRAINING\",\"title\":\"自发通知\",\"body\":\"x\"}", "zh-CN").statusCode());
    }
}
