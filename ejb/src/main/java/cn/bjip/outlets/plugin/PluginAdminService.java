package cn.bjip.outlets.plugin;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Run-time management of the network-type plugins (P-3), for center staff and the office: enable or disable a type
 * for new records, and adjust a form as a new version. Every change is audited.
 */
@Stateless
@RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
public class PluginAdminService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PluginRegistry registry;

    @Inject
    private FormDirectory forms;

    @Inject
    private Clock clock;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    public List<PluginStatus> overview() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select network_type, sum(records) from record_rollup where outlet_id = 0 group by network_type")
                .getResultList();
        Map<String, Long> records = rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        return registry.all().stream().map(plugin -> new PluginStatus(plugin.id(), plugin.name(), plugin.description(),
                forms.enabled(plugin.id()), forms.latest(plugin.id()), plugin.metrics(),
                records.getOrDefault(plugin.id(), 0L))).toList();
    }

    public void setEnabled(String networkType, boolean enabled) {
        plugin(networkType);
        PluginState state = em.find(PluginState.class, networkType);
        if (state == null) {
            state = new PluginState(networkType);
            state.set(enabled, clock.instant(), caller.name());
            em.persist(state);
        } else {
            state.set(enabled, clock.instant(), caller.name());
        }
        audit.record(enabled ? "plugin.enabled" : "plugin.disabled", "Plugin", networkType, null);
    }

    /** Makes the next version of a form from the drafted rows (see {@link FormRevision}); records keep their version. */
    public RecordForm reviseForm(String networkType, String formId, @NotNull List<FieldDraft> drafts) {
        plugin(networkType);
        // one revision of a type at a time: two staff saving at once would otherwise both make "the next" version
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, networkType).getSingleResult();
        RecordForm current = forms.latest(networkType, formId)
                .orElseThrow(() -> new NotFound("form.unknown", networkType, formId));
        forms.store(networkType, current, caller.name());
        RecordForm next = FormRevision.revise(current, drafts);
        forms.store(networkType, next, caller.name());
        audit.record("form.revised", "RecordForm", networkType + "/" + formId, FormRevision.describe(current, next));
        return next;
    }

    /** Every version of a form, newest first. */
    public List<RecordForm> history(String networkType, String formId) {
        plugin(networkType);
        forms.latest(networkType, formId).orElseThrow(() -> new NotFound("form.unknown", networkType, formId));
        return forms.history(networkType, formId);
    }

    private NetworkTypePlugin plugin(String networkType) {
        return registry.find(networkType).orElseThrow(() -> new NotFound("plugin.unknown", networkType));
    }
}
