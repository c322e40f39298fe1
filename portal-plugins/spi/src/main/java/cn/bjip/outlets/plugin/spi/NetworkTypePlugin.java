package cn.bjip.outlets.plugin.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract of a network-type plugin (R-2.1, P-1, P-2). A plugin jar lists its implementation in
 * {@code META-INF/services/cn.bjip.outlets.plugin.spi.NetworkTypePlugin}; the portal finds it at run time.
 * Everything a plugin contributes is data, so the portal renders, validates and aggregates it generically.
 */
public interface NetworkTypePlugin {

    /** Stable network-type id stored with every outlet, e.g. {@code library}. Lower case, digits and dashes. */
    String id();

    /** Name of the network type in Chinese and English. */
    LocalizedText name();

    /** What outlets of this type do (Art. 8), shown on the plugin management page. */
    LocalizedText description();

    /** The service-record forms this type logs, each with a version. */
    List<RecordForm> recordForms();

    /** The metrics this type reports, computed by the portal's metric engine. */
    List<MetricDefinition> metrics();

    /**
     * The plugin's own rules for a record of one of its forms, run after every declared field check passed.
     * {@code values} holds the form's filled fields by key: String, Long, BigDecimal, Boolean, LocalDate or List of String.
     */
    default List<FieldProblem> check(String formId, Map<String, Object> values, CoreFacts core) {
        return List.of();
    }

    /** Optional Facelets fragment, as a class-path resource path, rendered on the outlet's home page. */
    default Optional<String> pageFragment() {
        return Optional.empty();
    }
}
