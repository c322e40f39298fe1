package cn.bjip.outlets.plugin.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.plugin.spi.DeclarationCheck;
import cn.bjip.outlets.plugin.spi.FieldType;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("P-1")
@Tag("P-2")
@Tag("library")
class LibraryPluginTest {

    @Test
    @DisplayName("P-1 the library plugin is discoverable through its service file")
    void discoverable() {
        List<String> ids = ServiceLoader.load(NetworkTypePlugin.class).stream()
                .map(provider -> provider.get().id()).toList();
        assertEquals(List.of("library"), ids);
    }

    @Test
    @DisplayName("P-2 its forms and metrics fit together")
    void declarationsConsistent() {
        assertEquals(List.of(), DeclarationCheck.problems(new LibraryPlugin()));
    }

    @Test
    @Tag("R-8.1")
    @DisplayName("R-8.1 outreach events capture the kind of event and its attendance (Art. 8 (3))")
    void outreachEventForm() {
        RecordForm form = new LibraryPlugin().recordForms().get(0);
        FormField kind = form.fields().get(0);
        assertEquals(FieldType.CHOICE, kind.type());
        assertEquals("exhibition,lecture,forum,salon,openClass,readingPromotion",
                kind.choices().stream().map(c -> c.value()).collect(Collectors.joining(",")));
        FormField attendance = form.fields().stream().filter(f -> f.key().equals("attendance")).findFirst().orElseThrow();
        assertEquals(FieldType.PERSON_COUNT, attendance.type());
        assertTrue(attendance.required());
        assertEquals(0, attendance.min().intValue(), "a person count is never negative");
    }
}
