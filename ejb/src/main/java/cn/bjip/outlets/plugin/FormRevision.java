package cn.bjip.outlets.plugin;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.plugin.spi.FieldType;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.RecordForm;
import cn.bjip.outlets.record.RecordCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The changes staff may make to a form at run time (P-3), as a new version: relabel a field, reorder the fields,
 * retire a field (it stays, so old records show it) and add an optional field. Nothing that would make an old record
 * invalid or unreadable: no field removed, none un-retired, no type, bound or choice changed, no new required field.
 */
public final class FormRevision {

    /** Types a field added at run time may have: the ones that need no bounds or choices to make sense. */
    public static final Set<FieldType> ADDABLE = Set.of(FieldType.TEXT, FieldType.LONG_TEXT, FieldType.INTEGER,
            FieldType.DECIMAL, FieldType.DATE, FieldType.BOOLEAN, FieldType.PERSON_COUNT);

    private FormRevision() {
    }

    /** The next version of {@code current} after the drafts; refuses with every problem, each naming its field. */
    public static RecordForm revise(RecordForm current, List<FieldDraft> drafts) {
        Map<String, FormField> existing = current.fields().stream()
                .collect(Collectors.toMap(FormField::key, Function.identity()));
        List<BusinessRuleViolation> problems = new ArrayList<>();
        List<FormField> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FieldDraft draft : drafts) {
            String key = draft.key() == null ? "" : draft.key().trim();
            if (!seen.add(key)) {
                problems.add(new BusinessRuleViolation("form.revision.duplicate", "key", key));
                continue;
            }
            if (blank(draft.labelZh()) || blank(draft.labelEn())) {
                problems.add(new BusinessRuleViolation("form.revision.label", key, key));
                continue;
            }
            LocalizedText label = LocalizedText.of(draft.labelZh().strip(), draft.labelEn().strip());
            FormField field = existing.get(key);
            if (field != null) {
                if (field.retired() && !draft.retired()) {
                    problems.add(new BusinessRuleViolation("form.revision.unretire", key, field.label()));
                    continue;
                }
                FormField relabelled = field.relabel(label);
                fields.add(draft.retired() && !field.retired() ? relabelled.retire() : relabelled);
            } else if (!FormField.KEY.matcher(key).matches()) {
                problems.add(new BusinessRuleViolation("form.revision.key", "key", key));
            } else if (draft.type() == null || !ADDABLE.contains(draft.type())) {
                problems.add(new BusinessRuleViolation("form.revision.type", key, label));
            } else {
                FormField added = FormField.of(key, draft.type(), label.zh(), label.en());
                fields.add(draft.retired() ? added.retire() : added);
            }
        }
        for (FormField field : current.fields()) {
            if (!seen.contains(field.key())) {
                problems.add(new BusinessRuleViolation("form.revision.removed", field.key(), field.label()));
            }
        }
        problems.addAll(nameClashes(fields));
        if (!problems.isEmpty()) {
            throw BusinessRuleViolation.of(problems);
        }
        if (fields.equals(current.fields())) {
            throw new BusinessRuleViolation("form.revision.unchanged", null);
        }
        return new RecordForm(current.id(), current.version() + 1, current.title(), fields);
    }

    /**
     * A field in use must not go by the name of a core field or of another field in use, in either language (an import
     * column finds its field by name).
     */
    private static List<BusinessRuleViolation> nameClashes(List<FormField> fields) {
        Set<String> core = new HashSet<>();
        RecordCheck.CORE_LABELS.forEach((key, label) -> core.addAll(names(key, label)));
        List<BusinessRuleViolation> clashes = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (FormField field : fields.stream().filter(f -> !f.retired()).toList()) {
            Set<String> names = names(field.key(), field.label());
            if (names.stream().anyMatch(core::contains)) {
                clashes.add(new BusinessRuleViolation("form.revision.coreName", field.key(), field.label()));
            } else if (names.stream().anyMatch(n -> !taken.add(n))) {
                clashes.add(new BusinessRuleViolation("form.revision.sameName", field.key(), field.label()));
            }
        }
        return clashes;
    }

    private static Set<String> names(String key, LocalizedText label) {
        return Stream.of(key, label.zh(), label.en()).map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** What changed, for the audit trail. */
    public static String describe(RecordForm before, RecordForm after) {
        Map<String, FormField> old = before.fields().stream().collect(Collectors.toMap(FormField::key, Function.identity()));
        List<String> changes = new ArrayList<>();
        for (FormField field : after.fields()) {
            FormField was = old.get(field.key());
            if (was == null) {
                changes.add("added " + field.key() + " (" + field.type() + ")");
            } else {
                if (!was.label().equals(field.label())) {
                    changes.add("relabelled " + field.key() + " to " + field.label().zh() + "/" + field.label().en());
                }
                if (field.retired() && !was.retired()) {
                    changes.add("retired " + field.key());
                }
            }
        }
        List<String> oldOrder = before.fields().stream().map(FormField::key).toList();
        List<String> newOrder = after.fields().stream().map(FormField::key).filter(old::containsKey).toList();
        if (!oldOrder.equals(newOrder)) {
            changes.add("reordered " + String.join(",", after.fields().stream().map(FormField::key).toList()));
        }
        return before.id() + " v" + before.version() + " -> v" + after.version() + ": " + String.join("; ", changes);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
