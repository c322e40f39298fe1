package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.OutletAccounts;
import cn.bjip.outlets.outlet.OutletRegistration;
import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.reminder.ReminderService;
import cn.bjip.outlets.supervision.ComplianceService;
import jakarta.ejb.EJB;
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
 * Reminders (UX-6) on days chosen by moving the portal clock: each date-based event reaches the outlet's staff once,
 * through the real SMTP server, however often the sweep and the mailing run. The outlet's staff account is bound to
 * it through Keycloak's admin API, as accreditation does, and unbound when the accreditation ends.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("UX-6")
class ReminderIT {

    private static final String CODE = "IT-REMIND-001";
    private static final String STAFF = "reminder-staff";
    private static final String ADDRESS = "reminder-staff@outlet.example.cn";
    private static final LocalDate ACCREDITED = LocalDate.of(2046, 1, 10);

    @Deployment
    static EnterpriseArchive deployment() {
        return RealEar.withTestClasses(ReminderIT.class, AsOffice.class, AsCenterStaff.class, AsSystem.class, Mailbox.class);
    }

    @EJB
    private AsOffice asOffice;

    @EJB
    private AsCenterStaff asCenter;

    @EJB
    private AsSystem asSystem;

    @EJB
    private OutletService outlets;

    @EJB
    private OutletAccounts accounts;

    @EJB
    private ComplianceService compliance;

    @EJB
    private ReminderService reminders;


    @AfterEach
    void realTime() {
        asOffice.realTime();
    }

    @Test
    @DisplayName("UX-6 ledger due in 7 days and overdue, rectification deadline near, accreditation ending in 90 and 30 days: one mail per event and person, none twice; expiry unbinds the staff account")
    void oneMailPerEventAndPerson() throws Exception {
        asOffice.call(() -> outlets.create(outlet()));
        asOffice.call(() -> {
            accounts.bind(STAFF, CODE);
            return null;
        });
        assertEquals(1, staff(), "the account is the outlet's staff");

        travelTo(LocalDate.of(2046, 7, 8)); // Q2's ledger is due on 15 July
        assertOnce("LEDGER_DUE_SOON", "ledger-due:2046-Q2:" + CODE);
        travelTo(LocalDate.of(2046, 7, 16));
        assertOnce("LEDGER_OVERDUE", "ledger-overdue:2046-Q2:" + CODE);

        long rectification = asCenter.call(() -> compliance.open(CODE, "服务记录不完整")).id();
        travelTo(LocalDate.of(2047, 1, 6)); // six months on: due on 16 January
        assertOnce("RECTIFICATION_DUE", "rectification-due:" + rectification);

        LocalDate expires = ACCREDITED.plusYears(3);
        travelTo(expires.minusDays(91));
        sweepAndMail();
        assertEquals(0, Mailbox.reminders(ADDRESS, "EXPIRY_90", "expiry-90:" + CODE + ":" + expires), "not yet");
        travelTo(expires.minusDays(90));
        assertOnce("EXPIRY_90", "expiry-90:" + CODE + ":" + expires);
        travelTo(expires.minusDays(30));
        assertOnce("EXPIRY_30", "expiry-30:" + CODE + ":" + expires);

        travelTo(expires.plusDays(1));
        sweepAndMail();
        assertEquals(0, staff(), "once the accreditation has ended, the account is no longer the outlet's staff");
    }

    /** The sweep and the mailing, run twice (as two servers or two timer runs would): the event is mailed once. */
    private void assertOnce(String kind, String event) throws Exception {
        sweepAndMail();
        assertEquals(1, Mailbox.awaitReminders(ADDRESS, kind, event), kind + " reached the staff member");
        sweepAndMail();
        assertEquals(1, Mailbox.reminders(ADDRESS, kind, event), kind + " only once");
    }

    private void sweepAndMail() throws Exception {
        asSystem.call(() -> reminders.sweep() + reminders.mailPending());
    }

    private int staff() throws Exception {
        return asSystem.call(() -> accounts.staffOf(CODE)).size();
    }

    private void travelTo(LocalDate day) {
        asOffice.travelTo(day);
    }

    private static OutletRegistration outlet() {
        OutletRegistration outlet = new OutletRegistration();
        outlet.setCode(CODE);
        outlet.setNameZh("提醒测试协会网点");
        outlet.setNetworkType("association");
        outlet.setDistrict(BeijingDistrict.CHAOYANG);
        outlet.setAddress("北京市朝阳区测试路 9 号");
        outlet.setPrincipal("孙八");
        outlet.setIpFields(EnumSet.of(IpField.TRADEMARK));
        outlet.setFullTimeStaff(2);
        outlet.setPartTimeStaff(1);
        outlet.setAccreditedOn(ACCREDITED);
        return outlet;
    }
}
