package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.plugin.spi.Choice;
import cn.bjip.outlets.plugin.spi.FieldType;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The columns of a service-record import file: the record core, and every other column a field of the form named in
 * {@code formId}. A column is found by its key or by its Chinese or English name (the template's titles); a choice by
 * its code or its Chinese or English label, a yes/no as 是/否, yes/no, true/false or 1/0. Reads one row into a
 * {@link RecordInput} and the problems of the cells it could not read, so that a report can name every problem of a
 * row at once.
 */
public final class ImportColumns {

    public static final String FORM_ID = "formId";
    public static final List<String> CORE = List.of("serviceDate", FORM_ID, "serviceKind", "ipFields", "beneficiaryKind",
            "beneficiaryCount", "charged", "feeAmount", "summary");
    private static final String SEPARATORS = "\\s*[;,；，、]\\s*";
    private static final Pattern LOCAL_DATE = Pattern.compile("(\\d{4})(?:/|年)(\\d{1,2})(?:/|月)(\\d{1,2})日?");
    private static final Map<String, Boolean> YES_NO = Map.of("是", true, "否", false, "yes", true, "no", false,
            "true", true, "false", false, "1", true, "0", false);

    private ImportColumns() {
    }

    /** A row as read: the input for the record check, and what could not be read, by field. */
    public record Read(RecordInput input, List<BusinessRuleViolation> problems) {
    }

    /** {@code forms}: the forms of the outlet's type, by which {@code formId} is found by its id or its title. */
    public static Read read(ImportRow row, List<RecordForm> forms) {
        Map<String, String> cells = new LinkedHashMap<>();
        Map<String, String> headerOf = new LinkedHashMap<>();
        List<BusinessRuleViolation> problems = new ArrayList<>();
        row.cells().forEach((header, value) -> {
            String key = coreKey(header).orElse(header);
            String other = headerOf.putIfAbsent(key, header);
            if (other != null) {
                problems.add(new BusinessRuleViolation("import.sameColumn", key, other, header));
            } else {
                cells.put(key, value);
            }
        });
        LocalDate date = null;
        try {
            date = blank(cells.get("serviceDate")) ? null : date(cells.get("serviceDate").strip());
        } catch (DateTimeException e) {
            problems.add(FieldValues.labelled("import.date", "serviceDate", RecordCheck.label("serviceDate"),
                    cells.get("serviceDate")));
        }
        ServiceKind kind = choice(ServiceKind.values(), ServiceKind::label, cells.get("serviceKind"), "serviceKind", problems);
        BeneficiaryKind beneficiaries = choice(BeneficiaryKind.values(), BeneficiaryKind::label, cells.get("beneficiaryKind"),
                "beneficiaryKind", problems);
        Set<IpField> fields = EnumSet.noneOf(IpField.class);
        if (!blank(cells.get("ipFields"))) {
            for (String part : cells.get("ipFields").strip().split(SEPARATORS)) {
                IpField field = choice(IpField.values(), IpField::label, part, "ipFields", problems);
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
                problems.add(FieldValues.labelled("import.number", "beneficiaryCount", RecordCheck.label("beneficiaryCount"),
                        cells.get("beneficiaryCount")));
            }
        }
        BigDecimal fee = null;
        if (!blank(cells.get("feeAmount"))) {
            try {
                fee = new BigDecimal(cells.get("feeAmount").strip());
            } catch (NumberFormatException e) {
                problems.add(FieldValues.labelled("import.number", "feeAmount", RecordCheck.label("feeAmount"), cells.get("feeAmount")));
            }
        }
        Boolean charged = blank(cells.get("charged")) ? Boolean.FALSE : yesNo(cells.get("charged"));
        if (charged == null) {
            problems.add(FieldValues.labelled("record.boolean", "charged", RecordCheck.label("charged")));
        }
        String named = blank(cells.get(FORM_ID)) ? null : cells.get(FORM_ID).strip();
        Optional<RecordForm> form = forms.stream().filter(f -> named != null && isNamed(f.id(), f.title(), named))
                .findFirst();
        String formId = form.map(RecordForm::id).orElse(named);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> columnOf = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (!CORE.contains(column)) {
                Optional<FormField> field = form.flatMap(f -> field(f, column));
                String key = field.map(FormField::key).orElse(column);
                String other = columnOf.putIfAbsent(key, column);
                if (other != null) {
                    problems.add(new BusinessRuleViolation("import.sameColumn", key, other, column));
                } else if (!blank(value)) {
                    values.put(key, field.map(f -> value(f, value.strip())).orElse(value.strip()));
                }
            }
        });
        RecordInput input = new RecordInput(formId, kind, fields, date, beneficiaries, count, Boolean.TRUE.equals(charged),
                fee, cells.get("summary"), values);
        return new Read(input, problems);
    }

    /** 2026-03-15, or as Excel saves a date on Chinese Windows: 2026/3/15 or 2026年3月15日. */
    private static LocalDate date(String text) {
        Matcher local = LOCAL_DATE.matcher(text);
        if (local.matches()) {
            return LocalDate.of(Integer.parseInt(local.group(1)), Integer.parseInt(local.group(2)),
                    Integer.parseInt(local.group(3)));
        }
        return LocalDate.parse(text);
    }

    private static Optional<String> coreKey(String header) {
        return CORE.stream().filter(key -> isNamed(key, RecordCheck.label(key), header)).findFirst();
    }

    private static Optional<FormField> field(RecordForm form, String header) {
        return form.fields().stream().filter(f -> !f.retired() && isNamed(f.key(), f.label(), header))
                .findFirst();
    }

    /** A cell in the form the record check reads: choices as their codes, yes/no as true/false. */
    private static Object value(FormField field, String text) {
        if (field.type() == FieldType.BOOLEAN) {
            Boolean yes = yesNo(text);
            return yes == null ? text : yes.toString();
        }
        if (field.type() == FieldType.CHOICE) {
            return code(field, text);
        }
        if (field.type() == FieldType.MULTI_CHOICE) {
            return Arrays.stream(text.split(SEPARATORS)).map(part -> code(field, part)).collect(Collectors.joining(","));
        }
        return text;
    }

    private static String code(FormField field, String text) {
        return field.choices().stream().filter(c -> isNamed(c.value(), c.label(), text)).map(Choice::value)
                .findFirst().orElse(text);
    }

    private static <E extends Enum<E>> E choice(E[] constants, Function<E, LocalizedText> label, String text, String field,
                                                List<BusinessRuleViolation> problems) {
        if (blank(text)) {
            return null;
        }
        Optional<E> found = Arrays.stream(constants).filter(c -> isNamed(c.name(), label.apply(c), text)).findFirst();
        if (found.isEmpty()) {
            problems.add(FieldValues.labelled("record.choice", field, RecordCheck.label(field), text));
        }
        return found.orElse(null);
    }

    private static Boolean yesNo(String text) {
        return YES_NO.get(normal(text));
    }

    /**
     * Whether {@code text} names a column, field or choice: its code or one of its labels, without case and surrounding
     * space. Compared in place: an import asks this for every cell of every row.
     */
    private static boolean isNamed(String code, LocalizedText label, String text) {
        String wanted = text.strip();
        return code.strip().equalsIgnoreCase(wanted)
                || label != null && (label.zh().strip().equalsIgnoreCase(wanted) || label.en().strip().equalsIgnoreCase(wanted));
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
