package cn.bjip.outlets.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.plugin.library.LibraryPlugin;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("R-8.1")
@Tag("R-9.1")
class RecordCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private final NetworkTypePlugin library = new LibraryPlugin();
    private final RecordForm event = library.recordForms().get(0);

    @Test
    @DisplayName("R-8.1 a complete exhibition record passes and comes back typed")
    void validRecord() {
        Map<String, Object> values = RecordCheck.check(library, event, input(exhibition()), TODAY);
        assertEquals(Map.of("eventKind", "exhibition", "title", "专利文献展", "attendance", 120L, "online", false), values);
    }

    @Test
    @DisplayName("R-8.1 missing, out-of-range, wrong-choice and over-long values are all refused, each naming its field")
    void everyProblemNamesItsField() {
        Map<String, Object> values = exhibition();
        values.remove("attendance");
        values.put("eventKind", "concert");
        values.put("title", "展".repeat(201));
        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> RecordCheck.check(library, event, input(values), TODAY));
        assertEquals(List.of("eventKind", "title", "attendance"), fields(refused));
        assertEquals(List.of("“活动类型”没有“concert”这一选项。", "“活动名称”最多 200 个字。", "请填写“参与人数”。"),
                messages(refused, Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("Event kind has no option \"concert\".", "Title takes at most 200 characters.",
                "Attendance is required."), messages(refused, Locale.ENGLISH));
    }

    @Test
    @DisplayName("R-8.1 numbers outside the declared bounds, fractions and text are refused")
    void numbers() {
        assertEquals(List.of("“参与人数”不能大于 100,000。"), problems("attendance", "100001"));
        assertEquals(List.of("“参与人数”不能小于 0。"), problems("attendance", -1));
        assertEquals(List.of("“参与人数”必须是整数。"), problems("attendance", "1.5"));
        assertEquals(List.of("“参与人数”必须是数字。"), problems("attendance", "many"));
        assertEquals(List.of("“线上举办”只能填“是”或“否”。"), problems("online", "maybe"));
    }

    @Test
    @DisplayName("R-8.1 a field the form does not have (a forged form field) is refused")
    void unknownField() {
        assertEquals(List.of("表单“宣传推广活动”没有字段“outletId”。"), problems("outletId", "42"));
    }

    @Test
    @Tag("R-10.1")
    @DisplayName("R-9.1 the core needs a service kind, IP fields, a date not in the future, and a fee only when charged")
    void core() {
        RecordInput blank = new RecordInput("outreachEvent", null, Set.of(), TODAY.plusDays(1), null, -3, false,
                new BigDecimal("5"), null, exhibition());
        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> RecordCheck.check(library, event, blank, TODAY));
        assertEquals(List.of("serviceKind", "beneficiaryKind", "ipFields", "serviceDate", "beneficiaryCount", "feeAmount"),
                fields(refused));
        RecordInput charged = new RecordInput("outreachEvent", ServiceKind.ANALYSIS_REPORT, Set.of(IpField.PATENT), TODAY,
                BeneficiaryKind.ENTERPRISE, 1, true, null, null, exhibition());
        assertEquals(List.of("收费的服务请填写“收费金额（元）”。"),
                messages(assertThrows(BusinessRuleViolation.class, () -> RecordCheck.check(library, event, charged, TODAY)),
                        Locale.CHINA));
    }

    private List<String> problems(String key, Object value) {
        Map<String, Object> values = exhibition();
        values.put(key, value);
        return messages(assertThrows(BusinessRuleViolation.class,
                () -> RecordCheck.check(library, event, input(values), TODAY)), Locale.SIMPLIFIED_CHINESE);
    }

    static Map<String, Object> exhibition() {
        Map<String, Object> values = new HashMap<>();
        values.put("eventKind", "exhibition");
        values.put("title", " 专利文献展 ");
        values.put("attendance", "120");
        values.put("online", "false");
        values.put("venue", "");
        return values;
    }

    static RecordInput input(Map<String, Object> values) {
        return new RecordInput("outreachEvent", ServiceKind.PUBLIC_TRAINING, Set.of(IpField.PATENT), TODAY,
                BeneficiaryKind.PUBLIC, 120, false, null, "展览", values);
    }

    private static List<String> fields(BusinessRuleViolation refused) {
        return refused.all().stream().map(BusinessRuleViolation::field).toList();
    }

    private static List<String> messages(BusinessRuleViolation refused, Locale locale) {
        return refused.all().stream().map(v -> v.message(locale)).toList();
    }
}
