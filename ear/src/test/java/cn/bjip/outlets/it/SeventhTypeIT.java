package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.OutletRegistration;
import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.plugin.PluginAdminService;
import cn.bjip.outlets.plugin.PluginService;
import cn.bjip.outlets.plugin.PluginStatus;
import cn.bjip.outlets.plugin.museum.MuseumPlugin;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.record.MetricReport;
import cn.bjip.outlets.record.MetricService;
import cn.bjip.outlets.record.ReportPeriod;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.EnumSet;
import java.util.List;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P-1: a seventh network type is one more jar in the EAR's lib/ (here built from the test sources, as a module under
 * portal-plugins/ would be); the real EJB module and WAR, unchanged, discover it, accept its outlets, manage it and
 * compute its metrics.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("P-1")
@Tag("R-2.1")
class SeventhTypeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        JavaArchive museum = ShrinkWrap.create(JavaArchive.class, "plugin-museum.jar")
                .addClass(MuseumPlugin.class)
                .addAsServiceProvider(NetworkTypePlugin.class, MuseumPlugin.class);
        return RealEar.withTestClasses(SeventhTypeIT.class, AsCenterStaff.class).addAsLibrary(museum);
    }

    @EJB
    private PluginService plugins;

    @EJB
    private PluginAdminService admin;

    @EJB
    private OutletService outlets;

    @EJB
    private MetricService metrics;

    @EJB
    private AsCenterStaff asCenterStaff;

    @Test
    @DisplayName("P-1 a seventh plugin jar is discovered, takes outlets, is listed for management and gets its metrics computed")
    void seventhTypeNeedsNoPortalChange() throws Exception {
        assertEquals(List.of("association", "library", "market", "museum", "park", "research", "university"),
                plugins.installed().stream().map(NetworkTypePlugin::id).toList());

        OutletRegistration outlet = new OutletRegistration();
        outlet.setCode("IT-MUSEUM-001");
        outlet.setNameZh("测试科技馆网点");
        outlet.setNetworkType("museum");
        outlet.setDistrict(BeijingDistrict.XICHENG);
        outlet.setAddress("北京市西城区示例路 7 号");
        outlet.setPrincipal("钱程");
        outlet.setIpFields(EnumSet.of(IpField.PATENT));
        outlet.setFullTimeStaff(3);
        asCenterStaff.call(() -> outlets.create(outlet));
        assertEquals("museum", asCenterStaff.call(() -> outlets.findByCode("IT-MUSEUM-001").orElseThrow()).networkType());

        PluginStatus status = asCenterStaff.call(() -> admin.overview()).stream()
                .filter(p -> p.networkType().equals("museum")).findFirst().orElseThrow();
        assertTrue(status.enabled());
        assertEquals("guidedTour", status.forms().get(0).id());

        // two tours as the museum's staff would log them (the realm has no museum account): the metrics count them
        for (int visitors : new int[] {12, 30}) {
            logTour("IT-MUSEUM-001", visitors);
        }
        MetricReport report = asCenterStaff.call(() -> metrics.forNetworkType("museum", ReportPeriod.year(2026), null));
        assertEquals(List.of("tours", "visitors"), report.metrics().stream().map(f -> f.metric().id()).toList());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(report.value("tours")), "tours: " + report.value("tours"));
        assertEquals(0, BigDecimal.valueOf(42).compareTo(report.value("visitors")), "visitors: " + report.value("visitors"));
    }

    private static void logTour(String outletCode, int visitors) throws Exception {
        DataSource portal = (DataSource) new InitialContext().lookup("java:jboss/datasources/PortalDS");
        try (Connection db = portal.getConnection(); PreparedStatement insert = db.prepareStatement("""
                INSERT INTO service_record (id, outlet_id, network_type, form_id, form_version, service_kind, ip_mask,
                    service_date, beneficiary_kind, beneficiary_count, charged, data, created_at, created_by, version)
                SELECT nextval('service_record_seq'), o.id, 'museum', 'guidedTour', 1, 'PUBLIC_TRAINING', 1, DATE '2026-05-10',
                    'PUBLIC', ?, false, jsonb_build_object('hall', '一号展厅', 'visitors', ?), now(), 'it', 0
                FROM outlet o WHERE o.code = ?""")) {
            insert.setInt(1, visitors);
            insert.setInt(2, visitors);
            insert.setString(3, outletCode);
            // row-level security: like every transaction of the portal's own, this one says whose rows it writes
            db.setAutoCommit(false);
            try (PreparedStatement scope = db.prepareStatement("SELECT set_config('portal.outlet', '*', true)")) {
                scope.execute();
            }
            assertEquals(1, insert.executeUpdate());
            db.commit();
            db.setAutoCommit(true);
        }
    }
}
