package cn.bjip.outlets.plugin;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.io.Serializable;
import java.util.List;

/** An installed plugin as the management page shows it: its type, state, latest forms, metrics and record count. */
public record PluginStatus(String networkType, LocalizedText name, LocalizedText description, boolean enabled,
                           List<RecordForm> forms, List<MetricDefinition> metrics, long records)
                                   implements Serializable {
}
