package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.plugin.FormDirectory;
import cn.bjip.outlets.plugin.PluginRegistry;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a record's input against its form (the latest version) and the plugin's rules, and fills the record: the
 * one path by which records get their values, whether typed on a page, sent to the API or imported from a file.
 */
@Dependent
class RecordFiller {

    @Inject
    private PluginRegistry plugins;

    @Inject
    private FormDirectory forms;

    @Inject
    private Clock clock;

    /** A new, checked, not yet stored record of {@code outlet}. */
    ServiceRecord newRecord(Outlet outlet, RecordInput input, String by) {
        return batch(outlet).newRecord(input, by);
    }

    void fill(ServiceRecord record, String networkType, RecordInput input) {
        fill(record, networkType, input, formId -> forms.latest(networkType, formId));
    }

    /** For many new records of one outlet (an import): its type's state and forms are looked up once. */
    Batch batch(Outlet outlet) {
        return new Batch(outlet, forms.enabled(outlet.getNetworkType()), new HashMap<>());
    }

    final class Batch {
        private final Outlet outlet;
        private final boolean enabled;
        private final Map<String, Optional<RecordForm>> latest;

        private Batch(Outlet outlet, boolean enabled, Map<String, Optional<RecordForm>> latest) {
            this.outlet = outlet;
            this.enabled = enabled;
            this.latest = latest;
        }

        /** The latest version of every form of the outlet's type. */
        List<RecordForm> forms() {
            return forms.latest(outlet.getNetworkType());
        }

        ServiceRecord newRecord(RecordInput input, String by) {
            if (!enabled) {
                throw new BusinessRuleViolation("record.form.disabled", "formId", outlet.getNetworkType());
            }
            ServiceRecord record = new ServiceRecord(outlet, clock.instant(), by);
            fill(record, outlet.getNetworkType(), input, formId -> latest.computeIfAbsent(String.valueOf(formId),
                    id -> forms.latest(outlet.getNetworkType(), formId)));
            return record;
        }
    }

    private void fill(ServiceRecord record, String networkType, RecordInput input,
                      Function<String, Optional<RecordForm>> latestForm) {
        NetworkTypePlugin plugin = plugins.find(networkType)
                .orElseThrow(() -> new BusinessRuleViolation("record.form.disabled", "formId", networkType));
        Optional<RecordForm> found = latestForm.apply(input.formId());
        if (found.isEmpty()) {
            List<BusinessRuleViolation> problems = new ArrayList<>(List.of(
                    new BusinessRuleViolation("record.form.unknown", "formId", String.valueOf(input.formId()))));
            problems.addAll(RecordCheck.core(input, LocalDate.now(clock)));
            throw BusinessRuleViolation.of(problems);
        }
        RecordForm form = found.get();
        // a change of an old record keeps the values of fields retired since; they take no new values
        Map<String, Object> submitted = new HashMap<>(input.values());
        Map<String, Object> kept = new HashMap<>();
        if (input.formId().equals(record.getFormId())) {
            form.fields().stream().filter(FormField::retired).map(FormField::key).forEach(key -> {
                submitted.remove(key);
                if (record.getData().containsKey(key)) {
                    kept.put(key, record.getData().get(key));
                }
            });
        }
        Map<String, Object> values = RecordCheck.check(plugin, form, input.withValues(submitted), LocalDate.now(clock));
        values.putAll(kept);
        record.fill(input, form.version(), values);
    }
}
