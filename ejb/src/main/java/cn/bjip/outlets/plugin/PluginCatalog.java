package cn.bjip.outlets.plugin;

import cn.bjip.outlets.plugin.spi.DeclarationCheck;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The installed network-type plugins, checked once: ids well-formed and unique, declarations consistent, ordered by id. */
public final class PluginCatalog {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private final Map<String, NetworkTypePlugin> byId = new LinkedHashMap<>();

    public PluginCatalog(Iterable<? extends NetworkTypePlugin> plugins) {
        for (NetworkTypePlugin plugin : plugins) {
            String id = plugin.id();
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalStateException("plugin " + plugin.getClass().getName() + " has a malformed id: " + id);
            }
            List<String> problems = DeclarationCheck.problems(plugin);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("plugin " + id + " declares forms or metrics that do not fit: " + problems);
            }
            NetworkTypePlugin clash = byId.putIfAbsent(id, plugin);
            if (clash != null) {
                throw new IllegalStateException("two plugins claim the network type '" + id + "': "
                        + clash.getClass().getName() + " and " + plugin.getClass().getName());
            }
        }
    }

    public List<NetworkTypePlugin> all() {
        return byId.values().stream().sorted(Comparator.comparing(NetworkTypePlugin::id)).toList();
    }

    public Optional<NetworkTypePlugin> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
