package cn.bjip.outlets.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.plugin.spi.FieldType;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("P-1")
@Tag("R-2.1")
class PluginCatalogTest {

    @Test
    @DisplayName("P-1 the plugins on the class path are found through ServiceLoader and looked up by type id")
    void discoversPluginsOnTheClassPath() {
        PluginCatalog catalog = new PluginCatalog(ServiceLoader.load(NetworkTypePlugin.class));
        assertEquals("library", catalog.find("library").orElseThrow().id());
        assertTrue(catalog.find("no-such-type").isEmpty());
    }

    @Test
    @DisplayName("P-1 plugins are listed in id order whatever order they were found in")
    void ordered() {
        PluginCatalog catalog = new PluginCatalog(List.of(plugin("park"), plugin("library"), plugin("market")));
        assertEquals(List.of("library", "market", "park"), catalog.all().stream().map(NetworkTypePlugin::id).toList());
    }

    @Test
    @DisplayName("R-2.1 two plugins cannot claim the same network type")
    void duplicateTypeRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PluginCatalog(List.of(plugin("library"), plugin("library"))));
        assertTrue(e.getMessage().contains("library"));
    }

    @Test
    @DisplayName("P-1 a malformed type id is refused at start, not stored with outlets")
    void malformedIdRefused() {
        assertThrows(IllegalStateException.class, () -> new PluginCatalog(List.of(plugin("Library Type"))));
        assertThrows(IllegalStateException.class, () -> new PluginCatalog(List.of(plugin(null))));
    }

    @Test
    @DisplayName("P-2 a plugin whose metric names a field its form lacks is refused when the portal loads it")
    void inconsistentPluginRefused() {
        NetworkTypePlugin broken = new NetworkTypePlugin() {
            public String id() {
                return "broken";
            }

            public LocalizedText name() {
                return LocalizedText.of("坏", "Broken");
            }

            public LocalizedText description() {
                return name();
            }

            public List<RecordForm> recordForms() {
                return plugin("x").recordForms();
            }

            public List<MetricDefinition> metrics() {
                return List.of(MetricDefinition.sum("people", "人数", "People", "visit", "attendance"));
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new PluginCatalog(List.of(broken)));
        assertTrue(e.getMessage().contains("no field attendance"), e.getMessage());
    }

    private static NetworkTypePlugin plugin(String id) {
        return new NetworkTypePlugin() {
            public String id() {
                return id;
            }

            public LocalizedText name() {
                return LocalizedText.of(id, id);
            }

            public LocalizedText description() {
                return name();
            }

            public List<RecordForm> recordForms() {
                return List.of(RecordForm.of("visit", "来访", "Visit", FormField.of("note", FieldType.TEXT, "备注", "Note")));
            }

            public List<MetricDefinition> metrics() {
                return List.of();
            }
        };
    }
}
