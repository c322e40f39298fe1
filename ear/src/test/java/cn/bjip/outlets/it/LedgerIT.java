package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.it.SampleRecords.Sample;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A university outlet's ledger for 2024 Q3 is built from the records it logged (and none of Q4); once submitted,
 * the quarter's records can be neither added, changed nor deleted until center staff reopen it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("R-14.1")
class LedgerIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("R-14.1 the ledger holds exactly the quarter's figures; submission freezes the quarter; the office's overview export agrees; reopening thaws it")
    void buildSubmitFreezeReopen() throws Exception {
        String code = Portal.ensureOutlet("university", "测试高校网点");
        String staff = Portal.token("university-staff");
        NetworkTypePlugin plugin = ServiceLoader.load(NetworkTypePlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("university")).findFirst().orElseThrow();
        List<Sample> quarter = new ArrayList<>();
        long lastId = 0;
        int n = 0;
        for (RecordForm form : plugin.recordForms()) {
            for (int i = 0; i < 3; i++, n++) {
                Sample sample = SampleRecords.sample(form, n);
                HttpResponse<String> created = Portal.postJson("api/records", staff,
                        SampleRecords.json(sample, LocalDate.of(2024, 7 + n % 3, 1 + n)).toString(), "zh-CN");
                assertEquals(201, created.statusCode(), created.body());
                lastId = Portal.json(created.body()).getJsonNumber("id").longValue();
                quarter.add(sample);
            }
        }
        Sample outside = SampleRecords.sample(plugin.recordForms().get(0), 99);
        assertEquals(201, Portal.postJson("api/records", staff, SampleRecords.json(outside, LocalDate.of(2024, 10, 1)).toString(),
                "zh-CN").statusCode());

        JsonObject ledger = Portal.json(Portal.get("api/ledgers/" + code + "/2024/3", staff).body());
        assertEquals("NOT_SUBMITTED", ledger.getString("state"));
        assertTrue(ledger.getBoolean("overdue"), "2024 Q3 was due on 2024-10-15");
        assertEquals(quarter.size(), ledger.getInt("records"));
        assertEquals(quarter.stream().mapToLong(Sample::beneficiaries).sum(), ledger.getJsonNumber("beneficiaries").longValue());
        assertEquals(quarter.size(), ledger.getJsonObject("recordsByKind").getInt("INFORMATION_SEARCH"));
        Map<String, BigDecimal> expected = ExpectedMetrics.of(plugin.metrics(), quarter);
        JsonObject metrics = ledger.getJsonObject("metrics");
        for (Map.Entry<String, BigDecimal> metric : expected.entrySet()) {
            BigDecimal actual = metrics.isNull(metric.getKey()) ? null : metrics.getJsonNumber(metric.getKey()).bigDecimalValue();
            assertEquals(metric.getValue() == null ? null : metric.getValue().stripTrailingZeros(),
                    actual == null ? null : actual.stripTrailingZeros(), metric.getKey());
        }

        HttpResponse<String> submitted = Portal.postJson("api/ledgers/mine/2024/3/submit", staff,
                "{\"reason\":\"本季度完成专利检索服务\"}", "en");
        assertEquals("SUBMITTED", Portal.json(submitted.body()).getString("state"), submitted.body());
        AccreditationLifecycleIT.assertRefused(Portal.postJson("api/ledgers/mine/2024/3/submit", staff, "{}", "en"),
                "already been submitted");

        String late = SampleRecords.json(outside, LocalDate.of(2024, 8, 20)).toString();
        AccreditationLifecycleIT.assertRefused(Portal.postJson("api/records", staff, late, "en"), "records are locked");
        JsonObject record = Portal.json(Portal.get("api/records/" + lastId, staff).body());
        AccreditationLifecycleIT.assertRefused(Portal.delete("api/records/" + lastId + "?version="
                + record.getJsonNumber("version"), staff), "本季度的服务记录已锁定");
        AccreditationLifecycleIT.assertRefused(Portal.putJson("api/records/" + lastId + "?version="
                + record.getJsonNumber("version"), staff, SampleRecords.json(outside, LocalDate.of(2024, 11, 5)).toString(), "en"),
                "records are locked");
        assertEquals(quarter.size(), Portal.json(Portal.get("api/ledgers/" + code + "/2024/3", staff).body()).getInt("records"));

        String center = Portal.token("center");
        JsonObject overview = Portal.json(Portal.get("api/ledgers/overview/2024/3?size=200", center).body());
        JsonObject line = overview.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("outletCode").equals(code)).findFirst().orElseThrow();
        assertEquals("SUBMITTED", line.getString("state"));
        assertEquals(403, Portal.get("api/ledgers/overview/2024/3", staff).statusCode());
        HttpResponse<byte[]> export = Portal.sendForBytes(Portal.request("api/ledgers/overview/2024/3/export", center)
                .header("Accept", "*/*").GET().build());
        assertEquals(200, export.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Row row = null;
            for (Row candidate : workbook.getSheetAt(0)) {
                if (code.equals(candidate.getCell(0).getStringCellValue())) {
                    row = candidate;
                }
            }
            assertEquals("已报送", row.getCell(3).getStringCellValue());
            assertEquals(quarter.size(), (int) row.getCell(6).getNumericCellValue(), "the office's overview has the ledger's records");
        }
        assertEquals(404, Portal.get("api/ledgers/BJ-LIBRARY-001/2024/3", staff).statusCode(), "another outlet's ledger");

        assertEquals(403, Portal.postJson("api/ledgers/" + code + "/2024/3/reopen", staff, "{\"reason\":\"自行退回\"}", "en").statusCode());
        HttpResponse<String> reopened = Portal.postJson("api/ledgers/" + code + "/2024/3/reopen", center,
                "{\"reason\":\"请更正 8 月的服务记录\"}", "en");
        assertEquals("REOPENED", Portal.json(reopened.body()).getString("state"), reopened.body());
        assertEquals(201, Portal.postJson("api/records", staff, late, "en").statusCode(), "a reopened quarter takes corrections");

        HttpResponse<byte[]> year = Portal.sendForBytes(Portal.request("api/summaries/figures/" + code + "/2024", staff)
                .header("Accept", "*/*").GET().build());
        assertEquals(200, year.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(year.body()))) {
            long total = -1;
            for (Row row : workbook.getSheet("年度数据")) {
                if (row.getCell(0) != null && "合计".equals(row.getCell(0).getStringCellValue())) {
                    total = (long) row.getCell(1).getNumericCellValue();
                }
            }
            assertEquals(quarter.size() + 2, total, "the year's figures: the quarter's records, the one of Q4 and the correction");
            int records = 0;
            for (RecordForm form : plugin.recordForms()) {
                Sheet sheet = workbook.getSheet(WorkbookUtil.createSafeSheetName("服务记录-" + form.title().zh()));
                assertTrue(sheet != null, "a sheet for every form the outlet logged with: " + form.id());
                records += sheet.getLastRowNum();
            }
            assertEquals(quarter.size() + 2, records, "every record of the year, each on its form's sheet");
        }
    }
}
