package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.plugin.spi.Choice;
import cn.bjip.outlets.plugin.spi.FieldType;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an import file of one form looks like (UX-4): its columns in order, each with its key, its name in both
 * languages, whether it must be filled, the labels it may take (for a drop-down list) and a value of one example row
 * that imports as it is. Written as .xlsx or CSV by the web module.
 */
public record ImportTemplate(String formId, LocalizedText formTitle, List<Column> columns) {

    /**
     * One column. {@code choices}: the labels the cell may hold, empty for free input; {@code several}: whether it
     * takes more than one of them (separated by 、).
     */
    public record Column(String key, LocalizedText title, boolean required, List<LocalizedText> choices, boolean several,
                         LocalizedText example) {
    }

    private static final LocalizedText YES = LocalizedText.of("是", "yes");
    private static final LocalizedText NO = LocalizedText.of("否", "no");

    static ImportTemplate of(RecordForm form, LocalDate today) {
        List<Column> columns = new ArrayList<>();
        columns.add(core("serviceDate", true, List.of(), same(today.toString())));
        columns.add(core(ImportColumns.FORM_ID, true, List.of(form.title()), form.title()));
        columns.add(core("serviceKind", true, labels(ServiceKind.values()), ServiceKind.AFFAIRS_CONSULTATION.label()));
        columns.add(new Column("ipFields", RecordCheck.label("ipFields"), true,
                Arrays.stream(IpField.values()).map(IpField::label).toList(), true, IpField.PATENT.label()));
        columns.add(core("beneficiaryKind", true, Arrays.stream(BeneficiaryKind.values()).map(BeneficiaryKind::label).toList(),
                BeneficiaryKind.PUBLIC.label()));
        columns.add(core("beneficiaryCount", true, List.of(), same("1")));
        columns.add(core("charged", false, List.of(YES, NO), NO));
        columns.add(core("feeAmount", false, List.of(), same("")));
        columns.add(core("summary", false, List.of(), LocalizedText.of("示例：请改为实际服务内容", "Example: describe the service")));
        for (FormField field : form.fields()) {
            if (!field.retired()) {
                columns.add(new Column(field.key(), field.label(), field.required(), choices(field),
                        field.type() == FieldType.MULTI_CHOICE, field.required() ? example(field, today) : same("")));
            }
        }
        return new ImportTemplate(form.id(), form.title(), columns);
    }

    private static Column core(String key, boolean required, List<LocalizedText> choices, LocalizedText example) {
        return new Column(key, RecordCheck.label(key), required, choices, false, example);
    }

    private static List<LocalizedText> labels(ServiceKind[] kinds) {
        return Arrays.stream(kinds).map(ServiceKind::label).toList();
    }

    private static List<LocalizedText> choices(FormField field) {
        return field.type() == FieldType.BOOLEAN ? List.of(YES, NO) : field.choices().stream().map(Choice::label).toList();
    }

    /** A value the field takes: its first choice, its least number (at least 1 where it may), a date, a word. */
    private static LocalizedText example(FormField field, LocalDate today) {
        return switch (field.type()) {
            case CHOICE, MULTI_CHOICE -> field.choices().get(0).label();
            case BOOLEAN -> NO;
            case DATE -> same(today.toString());
            case INTEGER, PERSON_COUNT, DECIMAL -> same(least(field).toPlainString());
            default -> LocalizedText.of("示例", "Example");
        };
    }

    private static BigDecimal least(FormField field) {
        BigDecimal least = field.min() == null ? BigDecimal.ONE : field.min().max(BigDecimal.ONE);
        return field.max() != null && least.compareTo(field.max()) > 0 ? field.max() : least;
    }

    private static LocalizedText same(String text) {
        return LocalizedText.of(text, text);
    }
}
