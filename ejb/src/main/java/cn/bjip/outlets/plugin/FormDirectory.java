package cn.bjip.outlets.plugin;

import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Where services find a network type's record forms: the ones open for new records, and any version of one. */
@ApplicationScoped
public class FormDirectory {

    @Inject
    private PluginRegistry registry;

    /** The forms a new record of this type may use; empty when the type has no plugin. */
    public List<RecordForm> current(String networkType) {
        return registry.find(networkType).map(NetworkTypePlugin::recordForms).orElse(List.of());
    }

    public Optional<RecordForm> current(String networkType, String formId) {
        return current(networkType).stream().filter(f -> f.id().equals(formId)).findFirst();
    }

    /** The form as it was at {@code version}, to show a record entered with it. */
    public Optional<RecordForm> version(String networkType, String formId, int version) {
        return current(networkType, formId).filter(f -> f.version() == version);
    }
}
