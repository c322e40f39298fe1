package cn.bjip.outlets.platform;

import cn.bjip.outlets.audit.V8__Chain_the_audit_trail;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} when the portal deploys, connected
 * as the schema's owner; the application itself connects as the runtime role the migrations grant rows to (RS-8).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    /** The role WildFly's {@code PortalDS} connects as: the migrations grant it what it may do, nothing more. */
    public static final String RUNTIME_ROLE = "portal.db.runtime-role";

    @Resource(lookup = "java:jboss/datasources/PortalMigrationDS")
    private DataSource owner;

    @PostConstruct
    void migrate() {
        flyway(owner).migrate();
    }

    public static Flyway flyway(DataSource dataSource) {
        return configuration().dataSource(dataSource).load();
    }

    /** The portal's migrations: the SQL ones in {@code db/migration} and the Java ones listed here. */
    public static FluentConfiguration configuration() {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .locations("classpath:db/migration")
                // migrations see and change every outlet's rows (row-level security, V10)
                .initSql("SET portal.outlet = '*'")
                .placeholders(Map.of("runtime_role", System.getProperty(RUNTIME_ROLE, "portal_app")))
                .javaMigrations(new V8__Chain_the_audit_trail(), new V11__Encrypt_personal_contacts());
    }
}
