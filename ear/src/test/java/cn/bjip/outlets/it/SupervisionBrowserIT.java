package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.it.SampleRecords.Sample;
import cn.bjip.outlets.platform.DateWords;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import cn.bjip.outlets.supervision.LedgerDue;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Supervision as people do it, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
@Tag("R-14.1")
class SupervisionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @Tag("R-8.1")
    @DisplayName("R-8.1 outlet staff import a CSV file: the report names the bad row and its column, a preview shows the valid rows in words, only they are stored when accepted, and the progress bar ends at 100 %")
    @Tag("UX-4")
    void importSpreadsheet() throws Exception {
        Portal.ensureLibraryOutlet();
        Path csv = Files.createTempFile("台账", ".csv");
        Files.writeString(csv, "serviceDate,formId,serviceKind,ipFields,beneficiaryKind,beneficiaryCount,charged,summary,topic,channel,questions\n"
                + "2021-05-06,referenceConsultation,AFFAIRS_CONSULTATION,PATENT,PUBLIC,2,否,浏览器导入,专利检索,onSite,3\n"
                + "2021-05-07,referenceConsultation,AFFAIRS_CONSULTATION,PATENT,PUBLIC,2,否,缺少主题,,onSite,3\n");
        try (Browser web = new Browser()) {
            web.logIn("library-staff");
            web.open("app/import.xhtml");
            web.driver.findElement(By.id("import:file_input")).sendKeys(csv.toString());
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:problems"), "咨询主题"));
            assertTrue(web.text("summary").contains("共 2 行，有效 1 行，问题 1 处"), web.text("summary"));
            assertTrue(web.text("import:problems").contains("3"), "the bad row is line 3 of the file");
            String preview = web.text("import:preview");
            assertTrue(preview.contains("参考咨询") && preview.contains("事务咨询") && preview.contains("社会公众")
                    && preview.contains("咨询方式：到馆") && !preview.contains("onSite"), "the preview shows words: " + preview);
            web.screenshot("import-preview");
            web.click("import:store");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:imported"), "1"));
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:progress"), "100%"));
            web.screenshot("import-report");
        }
        assertEquals(1, Portal.json(Portal.get("api/records?from=2021-01-01&to=2021-12-31&size=0", Portal.token("library-staff"))
                .body()).getJsonNumber("total").intValue());
    }

    @Test
    @DisplayName("R-14.1 outlet staff submit a past quarter's ledger and download it as Excel with the page's figures; center staff see it submitted")
    void submitLedgerAndSeeItOnTheOverview() throws Exception {
        Portal.ensureLibraryOutlet();
        // a past quarter of its own, whatever today is: no other test submits it, and it is over on any day
        LedgerDue.Quarter last = new LedgerDue.Quarter(2020, 2);
        LocalDate firstDay = LedgerDue.quarter(last.year(), last.quarter()).start();
        NetworkTypePlugin library = ServiceLoader.load(NetworkTypePlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("library")).findFirst().orElseThrow();
        String staff = Portal.token("library-staff");
        String ledgerPath = "api/ledgers/BJ-LIBRARY-001/" + last.year() + "/" + last.quarter();
        long before = Portal.json(Portal.get(ledgerPath, Portal.token("center")).body()).getJsonNumber("records").longValue();
        for (int i = 0; i < 3; i++) {
            Sample sample = SampleRecords.sample(library.recordForms().get(i % library.recordForms().size()), 200 + i);
            assertEquals(201, Portal.postJson("api/records", staff,
                    SampleRecords.json(sample, firstDay.plusMonths(i).plusDays(4)).toString(), "zh-CN").statusCode());
        }
        String period;
        try (Browser web = new Browser()) {
            web.logIn("library-staff");
            web.open("app/ledger.xhtml?outlet=BJ-LIBRARY-001&year=" + last.year() + "&quarter=" + last.quarter());
            period = web.text("period");
            String totalRecords = web.text(By.cssSelector("[id='ledger:by-kind'] tfoot td:nth-child(2)"));
            assertEquals(before + 3, Long.parseLong(totalRecords), "the quarter's records before and the three logged now");
            web.type("ledger:remarks", "本季度开展专利文献展览和检索服务");
            web.click("ledger:submit");
            web.click("ledger:confirm-yes");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ledger:state"), "已报送"));
            assertTrue(web.driver.findElements(By.id("ledger:submit")).isEmpty(), "submitted once");
            long late = ChronoUnit.DAYS.between(LedgerDue.dueOn(last.year(), last.quarter()), Portal.TODAY);
            assertEquals(String.format(Locale.CHINA, "（逾期 %,d 天报送）", late), web.text("ledger:days-late"), "a late ledger says how late");
            web.screenshot("ledger-submitted");

            web.click("ledger:export");
            Path file = web.downloaded(".xlsx");
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet figures = workbook.getSheet("台账");
                assertEquals("BJ-LIBRARY-001", figures.getRow(1).getCell(1).getStringCellValue());
                assertEquals("已报送", figures.getRow(3).getCell(1).getStringCellValue());
                Row total = null;
                for (Row row : figures) {
                    if (row.getCell(0) != null && "合计".equals(row.getCell(0).getStringCellValue())) {
                        total = row;
                    }
                }
                assertEquals(Long.parseLong(totalRecords), (long) total.getCell(1).getNumericCellValue(),
                        "the workbook's total is the page's");
                long rows = 0;
                for (Sheet sheet : workbook) {
                    rows += sheet.getSheetName().startsWith("服务记录") ? sheet.getLastRowNum() : 0;
                }
                assertEquals(Long.parseLong(totalRecords), rows, "one row per record of the quarter, on its form's sheet");
                for (int i = 0; i < 3; i++) {
                    RecordForm form = library.recordForms().get(i % library.recordForms().size());
                    Sheet sheet = workbook.getSheet(WorkbookUtil.createSafeSheetName("服务记录-" + form.title().zh()));
                    assertNotNull(sheet, "a sheet for form " + form.id());
                    List<String> header = new ArrayList<>();
                    sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
                    assertTrue(header.containsAll(form.fields().stream().map(f -> f.label().zh()).toList()),
                            "every field of " + form.id() + " is a column: " + header);
                }
            }
        }
        try (Browser web = new Browser()) {
            web.logIn("center");
            web.open("app/ledgers.xhtml?year=" + last.year() + "&quarter=" + last.quarter());
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ledgers:overview"), "BJ-LIBRARY-001"));
            String row = web.driver.findElements(By.cssSelector("[id='ledgers:overview'] tbody tr")).stream()
                    .map(r -> r.getText()).filter(t -> t.contains("BJ-LIBRARY-001")).findFirst().orElseThrow();
            assertTrue(row.contains("已报送") && row.contains(String.format(Locale.CHINA, "逾期 %,d 天报送",
                    ChronoUnit.DAYS.between(LedgerDue.dueOn(last.year(), last.quarter()), Portal.TODAY))), row);
            web.screenshot("ledgers-overview");
            assertTrue(period.endsWith(DateWords.quarter(last.year(), last.quarter(), Locale.CHINA)), period);
        }
        // leave the quarter open for other tests that log records in it
        assertEquals(200, Portal.postJson("api/ledgers/BJ-LIBRARY-001/" + last.year() + "/" + last.quarter() + "/reopen",
                Portal.token("center"), "{\"reason\":\"测试结束\"}", "zh-CN").statusCode());
    }
}
