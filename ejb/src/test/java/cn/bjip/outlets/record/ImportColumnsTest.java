package cn.bjip.outlets.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.plugin.spi.Choice;
import cn.bjip.outlets.plugin.spi.FieldType;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("UX-4")
class ImportColumnsTest {

    private static final RecordForm FORM = RecordForm.of("consultation", "参考咨询", "Reference consultation",
            FormField.choice("channel", "咨询方式", "Channel", Choice.of("onSite", "到馆", "On site"), Choice.of("phone", "电话", "Phone")),
            FormField.multiChoice("topics", "咨询内容", "Topics", Choice.of("patent", "专利", "Patents"), Choice.of("mark", "商标", "Marks"),
                    Choice.of("gi", "地理标志", "Geographical indications")),
            FormField.of("followUp", FieldType.BOOLEAN, "需回访", "Follow-up"));

    @Test
    @DisplayName("UX-4 columns by key or by Chinese or English name; choices, the form and core enums by code or label; yes/no in either language")
    void namesAndLabels() {
        ImportColumns.Read byLabels = read(Map.of("服务日期", "2026-03-01", "记录类型", "参考咨询", "服务类型", "事务咨询",
                "知识产权领域", "专利、Trademark", "服务对象类型", "企业", "是否收费", "否", "咨询方式", "电话", "Topics", "专利；Geographical indications",
                "需回访", "是"));
        ImportColumns.Read byCodes = read(Map.of("serviceDate", "2026-03-01", "formId", "consultation", "serviceKind",
                "affairs_consultation", "ipFields", "PATENT,TRADEMARK", "beneficiaryKind", "Enterprises", "charged", "no",
                "channel", "phone", "topics", "patent,gi", "followUp", "true"));
        assertEquals(List.of(), byLabels.problems());
        assertEquals(byCodes.input(), byLabels.input());
        RecordInput input = byLabels.input();
        assertEquals(LocalDate.of(2026, 3, 1), input.serviceDate());
        assertEquals("consultation", input.formId());
        assertEquals(ServiceKind.AFFAIRS_CONSULTATION, input.serviceKind());
        assertEquals(Set.of(IpField.PATENT, IpField.TRADEMARK), input.ipFields());
        assertEquals(BeneficiaryKind.ENTERPRISE, input.beneficiaryKind());
        assertEquals(Map.of("channel", "phone", "topics", "patent,gi", "followUp", "true"), input.values());
    }

    @Test
    @DisplayName("UX-4 every cell that cannot be read is named, each once: a date, a choice, a number and a yes/no of one row")
    void everyUnreadableCellNamed() {
        ImportColumns.Read read = read(Map.of("serviceDate", "2026-02-30", "serviceKind", "魔法", "beneficiaryCount", "很多",
                "charged", "也许", "feeAmount", "十元"));
        assertEquals(List.of("serviceDate", "serviceKind", "beneficiaryCount", "feeAmount", "charged"),
                read.problems().stream().map(BusinessRuleViolation::field).toList());
        assertEquals("“服务类型”没有“魔法”这一选项。", read.problems().get(1).message(java.util.Locale.CHINA));
    }

    @Test
    @DisplayName("UX-4 dates as Excel saves them on Chinese Windows read as the same day; an impossible one is named")
    void datesAsExcelSavesThem() {
        for (String written : List.of("2026-03-05", "2026/3/5", "2026年3月5日")) {
            ImportColumns.Read read = read(Map.of("serviceDate", written));
            assertEquals(List.of(), read.problems(), written);
            assertEquals(LocalDate.of(2026, 3, 5), read.input().serviceDate(), written);
        }
        assertEquals(List.of("serviceDate"), read(Map.of("serviceDate", "2026/2/30")).problems().stream()
                .map(BusinessRuleViolation::field).toList());
    }

    @Test
    @DisplayName("UX-4 two columns that name the same field (摘要 and Summary, 咨询方式 and channel) are refused, naming both")
    void sameColumnTwice() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("摘要", "一");
        cells.put("Summary", "二");
        cells.put("formId", "consultation");
        cells.put("咨询方式", "电话");
        cells.put("channel", "onSite");
        List<BusinessRuleViolation> problems = ImportColumns.read(new ImportRow(2, cells), List.of(FORM)).problems();
        assertEquals(List.of("summary", "channel"), problems.stream().map(BusinessRuleViolation::field).toList());
        assertEquals("“摘要”和“Summary”是同一列：请只保留其中一列。", problems.get(0).message(java.util.Locale.CHINA));
    }

    private static ImportColumns.Read read(Map<String, String> cells) {
        return ImportColumns.read(new ImportRow(2, new LinkedHashMap<>(cells)), List.of(FORM));
    }
}
