package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.OutletRegistration;
import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.outlet.OutletView;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.DatabaseMigration;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real EAR in a managed WildFly, writing to and reading from the real PostgreSQL through PortalDS. */
@ExtendWith(ArquillianExtension.class)
@Tag("R-2.1")
class OutletPersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RealEar.withTestClasses(OutletPersistenceIT.class, AsCenterStaff.class);
    }

    @EJB
    private OutletService outlets;

    @EJB
    private AsCenterStaff asCenterStaff;

    @Test
    @DisplayName("R-2.1 an outlet of one network type is stored in PostgreSQL and read back through the EJB service")
    void persistsAndReadsBack() throws Exception {
        asCenterStaff.call(() -> outlets.create(outlet("IT-LIB-001", "library")));

        OutletView read = asCenterStaff.call(() -> outlets.findByCode("IT-LIB-001").orElseThrow());
        assertEquals("测试图书馆网点", read.nameZh());
        assertEquals("library", read.networkType());
        assertEquals(BeijingDistrict.CHAOYANG, read.district());
        assertEquals(EnumSet.of(IpField.PATENT, IpField.GEOGRAPHICAL_INDICATION), read.ipFields());

        assertEquals("library|CHAOYANG|3", sql("select network_type || '|' || district || '|' || full_time_staff "
                + "from outlet where code = 'IT-LIB-001'"));
        assertEquals("1", sql("select count(*) from audit_entry where action = 'outlet.created' and entity_id = 'IT-LIB-001'"));
    }

    @Test
    @DisplayName("the datasource is the test run's own PostgreSQL database, its schema made by Flyway")
    void testDatabaseMigratedByFlyway() throws Exception {
        assertEquals("PostgreSQL", sql("select 'PostgreSQL' where version() like 'PostgreSQL%'"));
        assertEquals(System.getenv("PORTAL_DB_NAME"), sql("select current_database()"));
        // every migration the EJB module ships is applied, none failed, none is pending
        MigrationInfoService migrations = DatabaseMigration.flyway(
                (DataSource) new InitialContext().lookup("java:jboss/datasources/PortalMigrationDS")).info();
        assertTrue(migrations.all().length >= 5, "the migrations were found: " + migrations.all().length);
        assertEquals(0, migrations.pending().length, "no migration is pending");
        assertEquals(migrations.all().length, migrations.applied().length, "every migration is applied");
        assertEquals(0, java.util.Arrays.stream(migrations.all()).filter(m -> m.getState().isFailed()).count());
        // the application's own connection is the runtime role, which may not even read the history
        assertEquals(System.getenv("PORTAL_DB_APP_USER"), sql("select current_user"));
    }

    @Test
    @DisplayName("R-2.1 an outlet whose network type has no installed plugin is refused, naming the field; nothing is stored")
    void unknownNetworkTypeRefused() throws Exception {
        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> asCenterStaff.call(() -> outlets.create(outlet("IT-XX-001", "spaceport"))));
        assertEquals("networkType", refused.field());
        assertTrue(refused.message(Locale.SIMPLIFIED_CHINESE).contains("spaceport"));
        assertTrue(refused.message(Locale.ENGLISH).startsWith("The network type spaceport"));
        assertEquals("0", sql("select count(*) from outlet where code = 'IT-XX-001'"));
    }

    @Test
    @DisplayName("a second outlet with a code in use is refused; the first stays as it was")
    void duplicateCodeRefused() throws Exception {
        asCenterStaff.call(() -> outlets.create(outlet("IT-LIB-002", "library")));
        OutletRegistration twin = outlet("IT-LIB-002", "library");
        twin.setNameZh("另一个网点");
        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> asCenterStaff.call(() -> outlets.create(twin)));
        assertEquals("code", refused.field());
        assertEquals("测试图书馆网点", sql("select string_agg(name_zh, ',') from outlet where code = 'IT-LIB-002'"));
    }

    @Test
    @DisplayName("an outlet with missing and malformed fields is refused by Bean Validation, naming each field")
    void invalidFieldsRefused() throws Exception {
        OutletRegistration bad = outlet("IT-LIB-003", "library");
        bad.setNameZh(" ");
        bad.setFullTimeStaff(-1);
        Exception thrown = assertThrows(Exception.class, () -> asCenterStaff.call(() -> outlets.create(bad)));
        ConstraintViolationException violation = causeOf(thrown, ConstraintViolationException.class);
        var fields = violation.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", "")).sorted().toList();
        assertEquals(java.util.List.of("fullTimeStaff", "nameZh"), fields);
        assertEquals("0", sql("select count(*) from outlet where code = 'IT-LIB-003'"));
    }

    @Test
    @DisplayName("the service itself refuses a caller without a staff role, whatever the page shows")
    void serviceChecksRoles() {
        assertThrows(EJBAccessException.class, () -> outlets.page(0, 10));
        assertThrows(EJBAccessException.class, () -> outlets.create(outlet("IT-LIB-004", "library")));
    }

    private static OutletRegistration outlet(String code, String type) {
        OutletRegistration outlet = new OutletRegistration();
        outlet.setCode(code);
        outlet.setNetworkType(type);
        outlet.setNameZh("测试图书馆网点");
        outlet.setNameEn("Test library outlet");
        outlet.setDistrict(BeijingDistrict.CHAOYANG);
        outlet.setAddress("北京市朝阳区测试路 8 号");
        outlet.setPrincipal("测试负责人");
        outlet.setContactPhone("010-12345678");
        outlet.setContactEmail("test@example.cn");
        outlet.setIpFields(EnumSet.of(IpField.PATENT, IpField.GEOGRAPHICAL_INDICATION));
        outlet.setFullTimeStaff(3);
        outlet.setPartTimeStaff(1);
        return outlet;
    }

    private static String sql(String query) throws NamingException, SQLException {
        DataSource dataSource = (DataSource) new InitialContext().lookup("java:jboss/datasources/PortalDS");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected a " + type.getSimpleName() + " but got " + thrown, thrown);
    }
}
