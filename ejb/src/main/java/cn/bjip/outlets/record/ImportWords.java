package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** An import's fields and values in the words of the caller's language, for its report: names, not keys or codes. */
final class ImportWords {

    private final List<RecordForm> forms;
    private final Locale locale;

    ImportWords(List<RecordForm> forms, Locale locale) {
        this.forms = forms;
        this.locale = locale;
    }

    /** The name of a column: a core field's, or a field's of the row's form; the key where it names none. */
    String column(String key, String formId) {
        if (key == null) {
            return "";
        }
        LocalizedText core = RecordCheck.label(key);
        if (core != null) {
            return core.in(locale);
        }
        return form(formId).flatMap(f -> f.fields().stream().filter(field -> field.key().equals(key)).findFirst())
                .map(field -> field.label().in(locale)).orElse(key);
    }

    ImportReport.Preview preview(int line, ServiceRecord record) {
        Optional<RecordForm> form = form(record.getFormId());
        String details = form.map(f -> f.fields().stream().filter(field -> record.getData().get(field.key()) != null)
                .map(field -> field.label().in(locale) + "：" + value(field, record.getData().get(field.key())))
                .collect(Collectors.joining("；"))).orElse("");
        return new ImportReport.Preview(line, record.getServiceDate().toString(),
                form.map(f -> f.title().in(locale)).orElse(record.getFormId()), record.getServiceKind().label().in(locale),
                record.getIpFields().stream().sorted().map(IpField::label).map(l -> l.in(locale)).collect(Collectors.joining("、")),
                record.getBeneficiaryKind().label().in(locale), record.getBeneficiaryCount(),
                record.isCharged() && record.getFeeAmount() != null ? record.getFeeAmount().toPlainString() : "",
                Objects.requireNonNullElse(record.getSummary(), ""), details);
    }

    private String value(FormField field, Object value) {
        return FieldWords.of(field, value, locale);
    }

    private Optional<RecordForm> form(String formId) {
        return forms.stream().filter(f -> f.id().equals(formId)).findFirst();
    }
}
