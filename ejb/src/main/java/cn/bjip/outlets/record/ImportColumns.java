package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a service-record import file: the record core by these names, every other column a value of the
 * form named in {@code formId} (by field key). Reads one row into a {@link RecordInput}, or names every cell it
 * cannot read.
 */
public final class ImportColumns {

    public static final List<String> CORE = List.of("serviceDate", "formId", "serviceKind", "ipFields", "beneficiaryKind",
            "beneficiaryCount", "charged", "feeAmount", "summary");

    private ImportColumns() {
    }

    public static RecordInput read(ImportRow row) {
        Map<String, String> cells = row.cells();
        List<BusinessRuleViolation> problems = new ArrayList<>();
        LocalDate date = null;
        try {
            date = blank(cells.get("serviceDate")) ? null : LocalDate.parse(cells.get("serviceDate").strip());
        } catch (DateTimeParseException e) {
            problems.add(new BusinessRuleViolation("import.date", "serviceDate", cells.get("serviceDate")));
        }
        ServiceKind kind = parseEnum(ServiceKind.class, cells.get("serviceKind"), "serviceKind", problems);
        BeneficiaryKind beneficiaries = parseEnum(BeneficiaryKind.class, cells.get("beneficiaryKind"), "beneficiaryKind", problems);
        Set<IpField> fields = EnumSet.noneOf(IpField.class);
        if (!blank(cells.get("ipFields"))) {
            for (String part : cells.get("ipFields").split("[;,；，\\s]+")) {
                IpField field = parseEnum(IpField.class, part, "ipFields", problems);
                if (field != null) {
                    fields.add(field);
                }
            }
        }
        Integer count = null;
        if (!blank(cells.get("beneficiaryCount"))) {
            try {
                count = Integer.valueOf(cells.get("beneficiaryCount").strip());
            } catch (NumberFormatException e) {
                problems.add(new BusinessRuleViolation("import.number", "beneficiaryCount", cells.get("beneficiaryCount")));
            }
        }
        BigDecimal fee = null;
        if (!blank(cells.get("feeAmount"))) {
            try {
                fee = new BigDecimal(cells.get("feeAmount").strip());
            } catch (NumberFormatException e) {
                problems.add(new BusinessRuleViolation("import.number", "feeAmount", cells.get("feeAmount")));
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleViolation.of(problems);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (!CORE.contains(column) && !blank(value)) {
                values.put(column, value.strip());
            }
        });
        String charged = cells.get("charged");
        return new RecordInput(blank(cells.get("formId")) ? null : cells.get("formId").strip(), kind, fields, date,
                beneficiaries, count, charged != null && List.of("true", "yes", "是", "1").contains(charged.strip().toLowerCase(Locale.ROOT)),
                fee, cells.get("summary"), values);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field, List<BusinessRuleViolation> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new BusinessRuleViolation("import.choice", field, text));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
