package cn.bjip.outlets.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import cn.bjip.outlets.audit.V8__Chain_the_audit_trail;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Brings the schema up to date with the Flyway migrations in {@code db/migration} when the portal deploys. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        flyway(dataSource).migrate();
    }

    public static Flyway flyway(DataSource dataSource) {
        return configuration().dataSource(dataSource).load();
    }

    /** The portal's migrations: the SQL ones in {@code db/migration} and the Java ones listed here. */
    public static FluentConfiguration configuration() {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .locations("classpath:db/migration")
                .javaMigrations(new V8__Chain_the_audit_trail());
    }
}
