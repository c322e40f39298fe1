package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.Outlet;
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
import java.util.EnumSet;
import java.util.List;
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

        Outlet outlet = new Outlet();
        outlet.setCode("IT-MUSEUM-001");
        outlet.setNameZh("测试科技馆网点");
        outlet.setNetworkType("museum");
        outlet.setDistrict(BeijingDistrict.XICHENG);
        outlet.setAddress("北京市西城区示例路 7 号");
        outlet.setPrincipal("钱程");
        outlet.setIpFields(EnumSet.of(IpField.PATENT));
        outlet.setFullTimeStaff(3);
        asCenterStaff.call(() -> outlets.create(outlet));
        assertEquals("museum", asCenterStaff.call(() -> outlets.findByCode("IT-MUSEUM-001").orElseThrow()).getNetworkType());

        PluginStatus status = asCenterStaff.call(() -> admin.overview()).stream()
                .filter(p -> p.networkType().equals("museum")).findFirst().orElseThrow();
        assertTrue(status.enabled());
        assertEquals("guidedTour", status.forms().get(0).id());

        MetricReport report = asCenterStaff.call(() -> metrics.forNetworkType("museum", ReportPeriod.year(2026), null));
        assertEquals(List.of("tours", "visitors"), report.metrics().stream().map(f -> f.metric().id()).toList());
        assertEquals(0, BigDecimal.ZERO.compareTo(report.value("visitors")));
    }
}
