package cn.bjip.outlets.plugin.spi;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A typed service-record form. The version is kept with every record so old records stay readable (P-3). */
public record RecordForm(String id, int version, LocalizedText title, List<FormField> fields) implements Serializable {

    public RecordForm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (version < 1) {
            throw new IllegalArgumentException("form " + id + ": version starts at 1");
        }
        fields = List.copyOf(fields);
        Set<String> keys = new HashSet<>();
        for (FormField field : fields) {
            if (!keys.add(field.key())) {
                throw new IllegalArgumentException("form " + id + ": duplicate field " + field.key());
            }
        }
    }

    public static RecordForm of(String id, String zh, String en, FormField... fields) {
        return new RecordForm(id, 1, LocalizedText.of(zh, en), List.of(fields));
    }
}
