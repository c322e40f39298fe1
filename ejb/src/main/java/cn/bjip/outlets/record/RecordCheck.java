package cn.bjip.outlets.record;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.PlainText;
import cn.bjip.outlets.plugin.spi.CoreFacts;
import cn.bjip.outlets.plugin.spi.FieldProblem;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a submitted record completely before anything is stored: the common core, the plugin form's declared
 * fields, then the plugin's own rules. Every problem names its field; all of them are reported at once.
 */
public final class RecordCheck {

    public static final int MAX_SUMMARY = 200;
    public static final int MAX_BENEFICIARIES = 1_000_000;
    public static final BigDecimal MAX_FEE = new BigDecimal("10000000");
    /** Records older than this are not service records of the portal's era. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /**
     * The names of the core fields: the one name each has on the form, in messages, lists, exports, imports and
     * templates.
     */
    public static final Map<String, LocalizedText> CORE_LABELS = Map.of(
            "formId", LocalizedText.of("记录类型", "Record type"),
            "serviceKind", LocalizedText.of("服务类型", "Service kind"),
            "ipFields", LocalizedText.of("知识产权领域", "IP fields"),
            CoreFacts.SERVICE_DATE, LocalizedText.of("服务日期", "Service date"),
            "beneficiaryKind", LocalizedText.of("服务对象类型", "Beneficiary kind"),
            CoreFacts.BENEFICIARY_COUNT, LocalizedText.of("服务对象数量", "Beneficiaries"),
            CoreFacts.CHARGED, LocalizedText.of("是否收费", "Fee charged"),
            CoreFacts.FEE_AMOUNT, LocalizedText.of("收费金额（元）", "Fee (CNY)"),
            "summary", LocalizedText.of("摘要", "Summary"));

    private RecordCheck() {
    }

    /** The name of a core field, e.g. {@code label("ipFields")}; null for a key that is not one. */
    public static LocalizedText label(String key) {
        return CORE_LABELS.get(key);
    }

    /** The form's values, typed and checked; throws a violation carrying every problem when there is one. */
    public static Map<String, Object> check(NetworkTypePlugin plugin, RecordForm form, RecordInput input, LocalDate today) {
        List<BusinessRuleViolation> problems = new ArrayList<>(core(input, today));
        Map<String, Object> values = FieldValues.check(form, input.values(), problems);
        if (problems.isEmpty()) {
            CoreFacts facts = new CoreFacts(input.serviceDate(), input.beneficiaryCount(), input.charged(), input.feeAmount());
            for (FieldProblem problem : plugin.check(form.id(), values, facts)) {
                problems.add(new BusinessRuleViolation("record.rule", problem.field(), problem.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleViolation.of(problems);
        }
        return values;
    }

    static List<BusinessRuleViolation> core(RecordInput input, LocalDate today) {
        List<BusinessRuleViolation> problems = new ArrayList<>();
        required(problems, "serviceKind", input.serviceKind());
        required(problems, "beneficiaryKind", input.beneficiaryKind());
        if (input.ipFields().isEmpty()) {
            problems.add(new BusinessRuleViolation("record.ipFields.required", "ipFields"));
        }
        if (required(problems, CoreFacts.SERVICE_DATE, input.serviceDate())) {
            if (input.serviceDate().isAfter(today)) {
                problems.add(problem("record.future", CoreFacts.SERVICE_DATE));
            } else if (input.serviceDate().isBefore(EARLIEST)) {
                problems.add(problem("record.min", CoreFacts.SERVICE_DATE, EARLIEST.toString()));
            }
        }
        if (required(problems, CoreFacts.BENEFICIARY_COUNT, input.beneficiaryCount())) {
            if (input.beneficiaryCount() < 0) {
                problems.add(problem("record.min", CoreFacts.BENEFICIARY_COUNT, 0));
            } else if (input.beneficiaryCount() > MAX_BENEFICIARIES) {
                problems.add(problem("record.max", CoreFacts.BENEFICIARY_COUNT, MAX_BENEFICIARIES));
            }
        }
        BigDecimal fee = input.feeAmount();
        if (input.charged()) {
            if (fee == null || fee.signum() <= 0) {
                problems.add(problem("record.feeRequired", CoreFacts.FEE_AMOUNT));
            } else if (fee.compareTo(MAX_FEE) > 0) {
                problems.add(problem("record.max", CoreFacts.FEE_AMOUNT, MAX_FEE));
            } else if (fee.stripTrailingZeros().scale() > 2) {
                problems.add(problem("record.decimals", CoreFacts.FEE_AMOUNT));
            }
        } else if (fee != null && fee.signum() != 0) {
            problems.add(problem("record.feeWithoutCharge", CoreFacts.FEE_AMOUNT));
        }
        if (input.summary() != null && input.summary().strip().length() > MAX_SUMMARY) {
            problems.add(problem("record.tooLong", "summary", MAX_SUMMARY));
        }
        if (input.summary() != null && PlainText.hasControlCharacters(input.summary())) {
            problems.add(problem("text.control", "summary"));
        } else if (input.summary() != null && PlainText.isHollow(input.summary())) {
            problems.add(problem("text.hollow", "summary"));
        }
        return problems;
    }

    private static boolean required(List<BusinessRuleViolation> problems, String field, Object value) {
        if (value == null) {
            problems.add(problem("record.required", field));
        }
        return value != null;
    }

    private static BusinessRuleViolation problem(String key, String field, Object... more) {
        return FieldValues.labelled(key, field, CORE_LABELS.get(field), more);
    }
}
