package cn.bjip.outlets.plugin;

import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At deployment, stores the form versions the plugin jars declare, so that a record keeps its form even after a new
 * jar brings a new version. A declared version already stored (also one made at run time) is left as it is.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FormSnapshots {

    private static final Logger LOG = Logger.getLogger(FormSnapshots.class.getName());

    @Inject
    private PluginRegistry registry;

    @Inject
    private FormDirectory forms;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void store() {
        int stored = 0;
        for (NetworkTypePlugin plugin : registry.all()) {
            for (RecordForm form : plugin.recordForms()) {
                if (forms.store(plugin.id(), form, "plugin:" + plugin.id())) {
                    stored++;
                }
            }
        }
        int count = stored;
        LOG.info(() -> "Plugin forms of " + registry.all().size() + " network types checked; new versions stored: " + count);
    }
}
