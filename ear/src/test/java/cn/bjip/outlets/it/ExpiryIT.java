package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.DirectoryService;
import cn.bjip.outlets.outlet.ExpiryWarning;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.OutletRegistration;
import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.outlet.OutletView;
import cn.bjip.outlets.platform.PortalClock;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Expiry warnings and removal from the public directory, on days chosen by moving the portal clock
 * of the test server: nothing waits for a day to pass.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("R-6.1")
@Tag("R-6.2")
class ExpiryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RealEar.withTestClasses(ExpiryIT.class, AsOffice.class);
    }

    @EJB
    private AsOffice asOffice;

    @EJB
    private OutletService outlets;

    @EJB
    private DirectoryService directory;


    @Inject
    private PortalClock portalClock;

    @AfterEach
    void realTime() {
        asOffice.realTime();
    }

    @Test
    @DisplayName("R-6.1 warned 90 and 30 days ahead; on the expiry day it leaves the public directory and the warning list")
    void warnsThenDropsOut() throws Exception {
        LocalDate accredited = LocalDate.of(2040, 3, 15);
        LocalDate expires = accredited.plusYears(3);
        OutletView outlet = asOffice.call(() -> outlets.create(outlet("IT-EXPIRY-001", accredited)));

        travelTo(expires.minusDays(91));
        assertEquals(ExpiryWarning.NONE, warning(outlet));
        assertTrue(listed("IT-EXPIRY-001"));
        assertFalse(expiringSoon("IT-EXPIRY-001"));

        travelTo(expires.minusDays(90));
        assertEquals(ExpiryWarning.WITHIN_90_DAYS, warning(outlet));
        assertTrue(expiringSoon("IT-EXPIRY-001"));

        travelTo(expires.minusDays(30));
        assertEquals(ExpiryWarning.WITHIN_30_DAYS, warning(outlet));
        assertTrue(listed("IT-EXPIRY-001"));

        travelTo(expires);
        assertEquals(ExpiryWarning.EXPIRED, warning(outlet));
        assertFalse(listed("IT-EXPIRY-001"));
        assertFalse(expiringSoon("IT-EXPIRY-001"));
    }

    @Test
    @DisplayName("R-6.2 an outlet is not listed before its accreditation day, and is listed from that day")
    void listedFromAccreditation() throws Exception {
        LocalDate accredited = LocalDate.of(2041, 7, 1);
        asOffice.call(() -> outlets.create(outlet("IT-EXPIRY-002", accredited)));
        travelTo(accredited.minusDays(1));
        assertFalse(listed("IT-EXPIRY-002"));
        travelTo(accredited);
        assertTrue(listed("IT-EXPIRY-002"));
    }

    /** The warning the outlet's staff see on their home page, by the portal's clock. */
    private ExpiryWarning warning(OutletView outlet) {
        return ExpiryWarning.of(outlet.expiresOn(), LocalDate.now(portalClock));
    }

    private void travelTo(LocalDate day) {
        asOffice.travelTo(day);
    }

    private boolean listed(String code) {
        return directory.listed(new DirectoryService.Filter("library", null, null, "到期测试"), 0, 200).rows().stream()
                .anyMatch(o -> o.code().equals(code));
    }

    private boolean expiringSoon(String code) throws Exception {
        return asOffice.call(() -> directory.expiringSoon()).stream().anyMatch(o -> o.code().equals(code));
    }

    private static OutletRegistration outlet(String code, LocalDate accreditedOn) {
        OutletRegistration outlet = new OutletRegistration();
        outlet.setCode(code);
        outlet.setNameZh("到期测试图书馆网点 " + code);
        outlet.setNetworkType("library");
        outlet.setDistrict(BeijingDistrict.XICHENG);
        outlet.setAddress("北京市西城区测试路 1 号");
        outlet.setPrincipal("钱七");
        outlet.setIpFields(EnumSet.of(IpField.PATENT));
        outlet.setFullTimeStaff(3);
        outlet.setPartTimeStaff(1);
        outlet.setAccreditedOn(accreditedOn);
        return outlet;
    }
}
