package cn.bjip.outlets.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.plugin.library.LibraryPlugin;
import cn.bjip.outlets.plugin.spi.FieldType;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("P-3")
class FormRevisionTest {

    private final RecordForm event = new LibraryPlugin().recordForms().get(0);

    @Test
    @DisplayName("P-3 relabel, reorder, retire and add an optional field make the next version; bounds and choices stay")
    void revise() {
        List<FieldDraft> drafts = new ArrayList<>(drafts(event));
        drafts.set(3, new FieldDraft("attendance", null, "观众人数", "Audience", false));
        drafts.set(2, new FieldDraft("venue", null, "活动地点", "Venue", true));
        drafts.add(0, drafts.remove(1));
        drafts.add(new FieldDraft("partner", FieldType.TEXT, "合作单位", "Partner", false));

        RecordForm next = FormRevision.revise(event, drafts);
        assertEquals(2, next.version());
        assertEquals(List.of("title", "eventKind", "venue", "attendance", "online", "partner"),
                next.fields().stream().map(FormField::key).toList());
        FormField attendance = next.fields().get(3);
        assertEquals("Audience", attendance.label().en());
        assertTrue(attendance.required());
        assertEquals(100_000, attendance.max().intValue());
        assertTrue(next.fields().get(2).retired());
        assertFalse(next.fields().get(5).required());
        assertEquals("outreachEvent v1 -> v2: retired venue; relabelled attendance to 观众人数/Audience; added partner (TEXT); "
                + "reordered title,eventKind,venue,attendance,online,partner", FormRevision.describe(event, next));
    }

    @Test
    @DisplayName("P-3 a field cannot be removed or brought back from retirement, and a new field needs a plain type and a key")
    void refusals() {
        List<FieldDraft> drafts = new ArrayList<>(drafts(event));
        drafts.remove(2);
        drafts.add(new FieldDraft("Bad key", FieldType.TEXT, "坏", "Bad", false));
        drafts.add(new FieldDraft("kinds", FieldType.MULTI_CHOICE, "类型", "Kinds", false));
        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class, () -> FormRevision.revise(event, drafts));
        assertEquals(List.of("key", "kinds", "venue"), refused.all().stream().map(BusinessRuleViolation::field).toList());
        assertEquals("The field \"Venue\" cannot be removed, only retired (old records still show it).",
                refused.all().get(2).message(Locale.ENGLISH));

        RecordForm retired = FormRevision.revise(event, drafts(event).stream()
                .map(d -> d.key().equals("venue") ? new FieldDraft("venue", null, "地点", "Venue", true) : d).toList());
        assertEquals("form.revision.unretire", assertThrows(BusinessRuleViolation.class,
                () -> FormRevision.revise(retired, drafts(retired).stream()
                        .map(d -> new FieldDraft(d.key(), null, d.labelZh(), d.labelEn(), false)).toList())).messageKey());
        assertEquals("form.revision.unchanged",
                assertThrows(BusinessRuleViolation.class, () -> FormRevision.revise(event, drafts(event))).messageKey());
    }

    @Test
    @Tag("UX-4")
    @DisplayName("UX-4 a field in use may not take a core field's name or another field's, in either language; a retired field's name is free")
    void namesStayDistinct() {
        List<FieldDraft> core = new ArrayList<>(drafts(event));
        core.add(new FieldDraft("notes", FieldType.TEXT, "摘要", "Notes", false));
        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class, () -> FormRevision.revise(event, core));
        assertEquals(List.of("form.revision.coreName"), refused.all().stream().map(BusinessRuleViolation::messageKey).toList());

        List<FieldDraft> twice = new ArrayList<>(drafts(event));
        twice.add(new FieldDraft("place", FieldType.TEXT, "场所", "venue", false));
        assertEquals("form.revision.sameName", assertThrows(BusinessRuleViolation.class,
                () -> FormRevision.revise(event, twice)).all().get(0).messageKey());

        List<FieldDraft> replaced = new ArrayList<>(drafts(event).stream()
                .map(d -> d.key().equals("venue") ? new FieldDraft("venue", null, d.labelZh(), d.labelEn(), true) : d).toList());
        replaced.add(new FieldDraft("venueName", FieldType.TEXT, replaced.get(2).labelZh(), replaced.get(2).labelEn(), false));
        assertEquals(2, FormRevision.revise(event, replaced).fields().stream().filter(f -> f.label().en().equals("Venue")).count(),
                "a new field may take the name of the field it replaces");
    }

    @Test
    @DisplayName("P-3 a stored form version reads back exactly as it was written")
    void jsonRoundTrip() {
        for (RecordForm form : new LibraryPlugin().recordForms()) {
            assertEquals(form, FormJson.read(FormJson.write(form)));
        }
        RecordForm next = FormRevision.revise(event, drafts(event).stream()
                .map(d -> d.key().equals("venue") ? new FieldDraft("venue", null, "地点", "Place", true) : d).toList());
        assertEquals(next, FormJson.read(FormJson.write(next)));
    }

    static List<FieldDraft> drafts(RecordForm form) {
        return form.fields().stream()
                .map(f -> new FieldDraft(f.key(), null, f.label().zh(), f.label().en(), f.retired())).toList();
    }
}
