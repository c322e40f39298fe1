package cn.bjip.outlets.plugin;

import cn.bjip.outlets.plugin.spi.Choice;
import cn.bjip.outlets.plugin.spi.FieldType;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;

/** A record form as JSON, for the {@code form_version} table: every declaration, so any version can be rebuilt. */
final class FormJson {

    private FormJson() {
    }

    static String write(RecordForm form) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (FormField field : form.fields()) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("key", field.key())
                    .add("type", field.type().name())
                    .add("label", text(field.label()))
                    .add("required", field.required())
                    .add("retired", field.retired());
            if (field.min() != null) {
                json.add("min", field.min());
            }
            if (field.max() != null) {
                json.add("max", field.max());
            }
            if (field.maxLength() != null) {
                json.add("maxLength", field.maxLength());
            }
            if (field.pattern() != null) {
                json.add("pattern", field.pattern());
            }
            JsonArrayBuilder choices = Json.createArrayBuilder();
            field.choices().forEach(c -> choices.add(Json.createObjectBuilder().add("value", c.value()).add("label", text(c.label()))));
            fields.add(json.add("choices", choices));
        }
        return Json.createObjectBuilder()
                .add("id", form.id())
                .add("version", form.version())
                .add("title", text(form.title()))
                .add("fields", fields)
                .build().toString();
    }

    static RecordForm read(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        return new RecordForm(json.getString("id"), json.getInt("version"), text(json.getJsonObject("title")),
                json.getJsonArray("fields").stream().map(JsonValue::asJsonObject).map(FormJson::field).toList());
    }

    private static FormField field(JsonObject json) {
        return new FormField(json.getString("key"), FieldType.valueOf(json.getString("type")),
                text(json.getJsonObject("label")), json.getBoolean("required"), number(json, "min"), number(json, "max"),
                json.containsKey("maxLength") ? json.getInt("maxLength") : null, json.getString("pattern", null),
                json.getJsonArray("choices").stream().map(JsonValue::asJsonObject)
                        .map(c -> new Choice(c.getString("value"), text(c.getJsonObject("label")))).toList(),
                json.getBoolean("retired"));
    }

    private static BigDecimal number(JsonObject json, String key) {
        return json.containsKey(key) ? json.getJsonNumber(key).bigDecimalValue() : null;
    }

    private static JsonObjectBuilder text(LocalizedText text) {
        return Json.createObjectBuilder().add("zh", text.zh()).add("en", text.en());
    }

    private static LocalizedText text(JsonObject json) {
        return LocalizedText.of(json.getString("zh"), json.getString("en"));
    }
}
