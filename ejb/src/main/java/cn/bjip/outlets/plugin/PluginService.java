package cn.bjip.outlets.plugin;

import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The boundary for reading the installed network-type plugins. Type names are public (they label the directory). */
@Stateless
@PermitAll
public class PluginService {

    @Inject
    private PluginRegistry registry;

    public List<NetworkTypePlugin> installed() {
        return registry.all();
    }

    public Optional<NetworkTypePlugin> find(String networkType) {
        return registry.find(networkType);
    }
}
