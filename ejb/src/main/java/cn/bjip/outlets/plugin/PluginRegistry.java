package cn.bjip.outlets.plugin;

import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the plugin jars deployed with the portal (the EAR's {@code lib/}) through {@link ServiceLoader},
 * once per deployment. A new network type is a new jar there: nothing in ejb/ or web/ changes (P-1).
 */
@ApplicationScoped
public class PluginRegistry {

    private PluginCatalog catalog;

    @PostConstruct
    void discover() {
        catalog = new PluginCatalog(ServiceLoader.load(NetworkTypePlugin.class, NetworkTypePlugin.class.getClassLoader()));
    }

    public List<NetworkTypePlugin> all() {
        return catalog.all();
    }

    public Optional<NetworkTypePlugin> find(String networkType) {
        return catalog.find(networkType);
    }
}
