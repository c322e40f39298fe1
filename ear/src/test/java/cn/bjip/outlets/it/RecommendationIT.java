package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The office recommends accredited outlets for national filing and exports the list as Excel. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("R-3.1")
class RecommendationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("R-3.1 an accredited outlet is recommended with reasons once a year; the .xlsx export holds it; only the office registers an accreditation date")
    void recommendAndExport() throws Exception {
        LocalDate today = Portal.TODAY;
        String office = Portal.token("office");
        createOutlet("IT-REC-001", "推荐测试网点", today.minusYears(1), office);
        createOutlet("IT-REC-002", "未认定测试网点", null, office);
        AccreditationLifecycleIT.assertRefused(Portal.postJson("api/outlets", Portal.token("center"), """
                {"code":"IT-REC-003","nameZh":"中心自行认定","networkType":"library","district":"DONGCHENG",
                 "address":"北京市东城区测试路 3 号","principal":"周明","ipFields":["PATENT"],"fullTimeStaff":3,
                 "partTimeStaff":1,"accreditedOn":"2025-01-01"}""", "en"), "Only the IP Office");

        String body = "{\"year\":2095,\"outletCode\":\"%s\",\"reason\":\"%s\"}";
        HttpResponse<String> created = Portal.postJson("api/recommendations", office,
                body.formatted("IT-REC-001", "服务成效突出，年服务企业 500 家以上"), "en");
        assertEquals(201, created.statusCode(), created.body());
        AccreditationLifecycleIT.assertRefused(Portal.postJson("api/recommendations", office,
                body.formatted("IT-REC-001", "再次推荐"), "en"), "already on the 2095 recommendation list");
        AccreditationLifecycleIT.assertRefused(Portal.postJson("api/recommendations", office,
                body.formatted("IT-REC-002", "未认定"), "en"), "not currently accredited");
        assertEquals(403, Portal.postJson("api/recommendations", Portal.token("center"),
                body.formatted("IT-REC-001", "中心推荐"), "en").statusCode());

        HttpResponse<byte[]> export = Portal.sendForBytes(Portal.request("api/recommendations/export?year=2095", office)
                .header("Accept", "*/*").GET().build());
        assertEquals(200, export.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("网点编码", sheet.getRow(1).getCell(1).getStringCellValue());
            Row row = sheet.getRow(2);
            assertEquals("IT-REC-001", row.getCell(1).getStringCellValue());
            assertEquals("推荐测试网点", row.getCell(2).getStringCellValue());
            assertEquals("公共图书馆", row.getCell(3).getStringCellValue());
            assertEquals("服务成效突出，年服务企业 500 家以上", row.getCell(11).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum());
        }
        // RS-5: the export is in the audit trail, with who and what
        assertTrue(Portal.json(Portal.get("api/audit?size=20", office).body()).getJsonArray("rows").stream()
                .map(r -> r.asJsonObject()).anyMatch(r -> r.getString("action").equals("export.recommendations")
                        && r.getString("actor").equals("office") && r.getString("entityId").equals("2095")), "the export is audited");
    }

    private static void createOutlet(String code, String name, LocalDate accreditedOn, String token) throws Exception {
        String body = """
                {"code":"%s","nameZh":"%s","networkType":"library","district":"DONGCHENG","address":"北京市东城区测试路 2 号",
                 "principal":"周明","ipFields":["PATENT"],"fullTimeStaff":3,"partTimeStaff":1%s}""".formatted(code, name,
                accreditedOn == null ? "" : ",\"accreditedOn\":\"" + accreditedOn + "\"");
        HttpResponse<String> response = Portal.postJson("api/outlets", token, body, "en");
        assertEquals(201, response.statusCode(), response.body());
    }
}
