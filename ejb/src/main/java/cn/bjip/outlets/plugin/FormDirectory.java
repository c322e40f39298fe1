package cn.bjip.outlets.plugin;

import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where services find a network type's record forms (P-3): the latest version of each, the ones open for new
 * records (none while the type's plugin is disabled), and any earlier version, to show a record entered with it.
 * Versions live in {@code form_version}; a form no version of which is stored yet is the plugin's declaration.
 */
@ApplicationScoped
public class FormDirectory {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PluginRegistry registry;

    private final Map<String, RecordForm> parsedDefinitions = new ConcurrentHashMap<>();

    public boolean enabled(String networkType) {
        PluginState state = em.find(PluginState.class, networkType);
        return registry.find(networkType).isPresent() && (state == null || state.isEnabled());
    }

    /** The forms a new record of this type may use: the latest versions, or none while the plugin is disabled. */
    public List<RecordForm> openForNewRecords(String networkType) {
        return enabled(networkType) ? latest(networkType) : List.of();
    }

    /** The latest version of every form of the type, in the plugin's order. */
    public List<RecordForm> latest(String networkType) {
        return registry.find(networkType).map(NetworkTypePlugin::recordForms).orElse(List.of()).stream()
                .map(declared -> latest(networkType, declared.id()).orElse(declared)).toList();
    }

    public Optional<RecordForm> latest(String networkType, String formId) {
        return stored("select cast(definition as text) from form_version where network_type = ?1 and form_id = ?2 "
                + "order by version desc limit 1", networkType, formId, null)
                .or(() -> declared(networkType, formId));
    }

    /** The form as it was at {@code version}. */
    public Optional<RecordForm> version(String networkType, String formId, int version) {
        return stored("select cast(definition as text) from form_version where network_type = ?1 and form_id = ?2 "
                + "and version = ?3", networkType, formId, version)
                .or(() -> declared(networkType, formId).filter(f -> f.version() == version));
    }

    /** Every stored version of a form, newest first. */
    public List<RecordForm> history(String networkType, String formId) {
        return em.createNativeQuery("select cast(definition as text) from form_version where network_type = ?1 "
                        + "and form_id = ?2 order by version desc", String.class)
                .setParameter(1, networkType).setParameter(2, formId)
                .getResultStream().map(json -> parsed((String) json)).toList();
    }

    /** Stores a version unless that version of the form is stored already; true when it was stored. */
    boolean store(String networkType, RecordForm form, String by) {
        return em.createNativeQuery("insert into form_version (network_type, form_id, version, definition, created_at, "
                        + "created_by) values (?1, ?2, ?3, cast(?4 as jsonb), now(), ?5) on conflict do nothing")
                .setParameter(1, networkType).setParameter(2, form.id()).setParameter(3, form.version())
                .setParameter(4, FormJson.write(form)).setParameter(5, by)
                .executeUpdate() == 1;
    }

    private Optional<RecordForm> stored(String sql, String networkType, String formId, Integer version) {
        var query = em.createNativeQuery(sql, String.class).setParameter(1, networkType).setParameter(2, formId);
        if (version != null) {
            query.setParameter(3, version);
        }
        return query.getResultStream().findFirst().map(json -> parsed((String) json));
    }

    /**
     * A stored definition read once per server: a version is never changed once stored (a revision is a new version),
     * so the same text always means the same form, and every write of a record asks for its form.
     */
    private RecordForm parsed(String definition) {
        return parsedDefinitions.computeIfAbsent(definition, FormJson::read);
    }

    private Optional<RecordForm> declared(String networkType, String formId) {
        return registry.find(networkType).flatMap(p -> p.recordForms().stream().filter(f -> f.id().equals(formId)).findFirst());
    }
}
