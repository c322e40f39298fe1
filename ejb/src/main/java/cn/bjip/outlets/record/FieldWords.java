package cn.bjip.outlets.record;

import cn.bjip.outlets.plugin.spi.Choice;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** A form field's stored value in words of a language: choices by their labels, yes/no as 是/否, several joined by 、. */
public final class FieldWords {

    private FieldWords() {
    }

    public static String of(FormField field, Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return LocalizedText.of(yes ? "是" : "否", yes ? "yes" : "no").in(locale);
        }
        if (value instanceof Collection<?> several) {
            return several.stream().map(v -> of(field, v, locale)).collect(Collectors.joining("、"));
        }
        return field.choices().stream().filter(c -> c.value().equals(value.toString())).map(Choice::label)
                .map(l -> l.in(locale)).findFirst().orElse(value.toString());
    }
}
