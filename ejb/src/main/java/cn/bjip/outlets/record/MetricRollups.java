package cn.bjip.outlets.record;

import cn.bjip.outlets.plugin.PluginRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At deployment, after the migrations, makes the rollups follow the metrics the installed plugins declare
 * ({@link RollupDefinitions}): a plugin jar that brings a new metric or changes one has it back-filled here.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class MetricRollups {

    private static final Logger LOG = Logger.getLogger(MetricRollups.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalMigrationDS")
    private DataSource owner;

    @Inject
    private PluginRegistry plugins;

    @PostConstruct
    void follow() {
        long started = System.nanoTime();
        try (Connection connection = owner.getConnection()) {
            Map<String, Set<String>> backfilled = RollupDefinitions.sync(connection, plugins.all());
            LOG.info(() -> "Metric rollups follow the plugins' declarations; back-filled: "
                    + (backfilled.isEmpty() ? "none" : backfilled) + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (SQLException failed) {
            throw new IllegalStateException("the metric rollups could not follow the plugins' declarations", failed);
        }
    }
}
