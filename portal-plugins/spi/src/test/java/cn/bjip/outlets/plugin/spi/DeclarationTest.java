package cn.bjip.outlets.plugin.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("P-2")
class DeclarationTest {

    @Test
    @Tag("P-4")
    @DisplayName("P-4 labels are Chinese by default and English for an English locale")
    void localizedText() {
        LocalizedText text = LocalizedText.of("展览", "Exhibition");
        assertEquals("展览", text.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("展览", text.in(null));
        assertEquals("Exhibition", text.in(Locale.ENGLISH));
        assertEquals("Exhibition", text.in(Locale.US));
    }

    @Test
    @DisplayName("P-2 a person count can never go below zero, even if the plugin forgets to say so")
    void personCountHasZeroFloor() {
        assertEquals(0, FormField.of("people", FieldType.PERSON_COUNT, "人数", "People").min().intValue());
    }

    @Test
    @DisplayName("P-2 malformed declarations are refused when the plugin is built, not when a user meets them")
    void malformedDeclarations() {
        assertThrows(IllegalArgumentException.class, () -> FormField.of("Bad Key", FieldType.TEXT, "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> FormField.of("kind", FieldType.CHOICE, "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> RecordForm.of("f", "a", "b",
                FormField.of("x", FieldType.TEXT, "a", "b"), FormField.of("x", FieldType.INTEGER, "a", "b")));
        assertThrows(IllegalArgumentException.class, () -> new MetricDefinition("m", LocalizedText.of("a", "b"),
                Aggregation.SUM, "f", null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new MetricDefinition("m", LocalizedText.of("a", "b"),
                Aggregation.RATIO, "f", null, null, null, "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> MetricDefinition.count("m", "a", "b", "f").where("kind", null));
    }

    @Test
    @DisplayName("P-2 a retired field keeps its label and choices for old records but is never required again")
    void retiredField() {
        FormField field = FormField.choice("kind", "类型", "Kind", Choice.of("a", "甲", "A")).asRequired().retire();
        assertEquals(true, field.retired());
        assertEquals(false, field.required());
        assertEquals("甲", field.choiceLabel("a").zh());
        assertEquals("gone", field.choiceLabel("gone").en());
    }
}
