package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.accreditation.ApplicationContent;
import cn.bjip.outlets.accreditation.ApplicationService;
import cn.bjip.outlets.accreditation.RoundDraft;
import cn.bjip.outlets.accreditation.RoundService;
import cn.bjip.outlets.outlet.Announcement;
import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.DirectoryService;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.ListChangeKind;
import cn.bjip.outlets.outlet.OutletRegistration;
import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.outlet.OutletStatus;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.supervision.BarReason;
import cn.bjip.outlets.supervision.ComplianceService;
import cn.bjip.outlets.supervision.LedgerService;
import cn.bjip.outlets.supervision.LedgerStatus;
import cn.bjip.outlets.supervision.RectificationState;
import cn.bjip.outlets.supervision.RectificationView;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deadlines of supervision on days chosen by moving the test server's clock: ledgers overdue after the 15th of the
 * month after the quarter, the six-month rectification period, and the bars that disqualification and revocation
 * put on applying.
 */
@ExtendWith(ArquillianExtension.class)
class ComplianceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RealEar.withTestClasses(ComplianceIT.class, AsOffice.class, AsCenterStaff.class, AsApplicant.class);
    }

    @EJB
    private AsOffice asOffice;

    @EJB
    private AsCenterStaff asCenter;

    @EJB
    private AsApplicant asApplicant;


    @EJB
    private OutletService outlets;

    @EJB
    private LedgerService ledgers;

    @EJB
    private ComplianceService compliance;

    @EJB
    private DirectoryService directory;

    @EJB
    private RoundService rounds;

    @EJB
    private ApplicationService applications;

    @AfterEach
    void realTime() {
        asOffice.realTime();
    }

    @Test
    @Tag("R-14.1")
    @DisplayName("R-14.1 a quarter's ledger is not overdue on the 15th of the next month and is from the 16th on")
    void ledgerOverdue() throws Exception {
        asOffice.call(() -> outlets.create(outlet("IT-LEDGER-001", "台账逾期测试网点", LocalDate.of(2050, 1, 1))));
        travelTo(LocalDate.of(2051, 4, 15));
        assertFalse(line("IT-LEDGER-001", 2051, 1).overdue());
        travelTo(LocalDate.of(2051, 4, 16));
        assertTrue(line("IT-LEDGER-001", 2051, 1).overdue());
        assertFalse(line("IT-LEDGER-001", 2051, 2).overdue(), "the second quarter is not due yet");
    }

    @Test
    @Tag("R-14.3")
    @Tag("R-16.1")
    @DisplayName("R-14.3 an unresolved rectification disqualifies only after six months; the institution may not apply the next year, and is told why")
    void rectificationDeadlineAndBar() throws Exception {
        String name = "整改期满测试网点";
        LocalDate opened = LocalDate.of(2052, 3, 10);
        asOffice.call(() -> outlets.create(outlet("IT-RECT-001", name, LocalDate.of(2051, 1, 1))));
        travelTo(opened);
        RectificationView rectification = asCenter.call(() -> compliance.open("IT-RECT-001", "季度台账连续两个季度未报送"));
        assertEquals(LocalDate.of(2052, 9, 10), rectification.deadline());
        Announcement announced = directory.announcements(0, 20).rows().stream()
                .filter(c -> c.outletCode().equals("IT-RECT-001") && c.kind() == ListChangeKind.RECTIFICATION).findFirst().orElseThrow();
        assertEquals("整改期至2052年9月10日", announced.detailIn(Locale.CHINA));
        assertEquals("Rectify by 10 Sep 2052", announced.detailIn(Locale.ENGLISH), "the announcement in English words");

        travelTo(LocalDate.of(2052, 9, 10));
        BusinessRuleViolation early = assertThrows(BusinessRuleViolation.class,
                () -> asCenter.call(() -> compliance.disqualify(rectification.id(), "期满未整改")));
        assertEquals("rectification.deadlineNotPassed", early.messageKey());

        travelTo(LocalDate.of(2052, 9, 11));
        assertEquals(1, directory.listed(new DirectoryService.Filter(null, null, null, name), 0, 10).rows().size(),
                "listed until it is disqualified");
        assertEquals(RectificationState.DISQUALIFIED,
                asCenter.call(() -> compliance.disqualify(rectification.id(), "期满未整改")).state());
        assertEquals(OutletStatus.DISQUALIFIED, asOffice.call(() -> outlets.findByCode("IT-RECT-001").orElseThrow()).status());
        assertTrue(directory.listed(new DirectoryService.Filter(null, null, null, name), 0, 10).rows().isEmpty());
        assertTrue(directory.announcements(0, 20).rows().stream()
                .anyMatch(c -> c.outletCode().equals("IT-RECT-001") && c.kind().name().equals("DISQUALIFIED")));

        travelTo(LocalDate.of(2053, 3, 1));
        long round = asCenter.call(() -> rounds.open(round(2053, LocalDate.of(2053, 2, 1)))).id();
        BusinessRuleViolation barred = assertThrows(BusinessRuleViolation.class,
                () -> asApplicant.call(() -> applications.start(round, content(name))));
        assertEquals("application.barred", barred.messageKey());
        assertTrue(barred.message(Locale.SIMPLIFIED_CHINESE).contains("整改期满未整改到位"), barred.message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(barred.message(Locale.ENGLISH).contains("2053-12-31"), barred.message(Locale.ENGLISH));

        travelTo(LocalDate.of(2054, 3, 1));
        long nextRound = asCenter.call(() -> rounds.open(round(2054, LocalDate.of(2054, 2, 1)))).id();
        assertEquals(name, asApplicant.call(() -> applications.start(nextRound, content(name))).content().getNameZh(),
                "the year after next, it may apply again");
    }

    @Test
    @Tag("R-15.1")
    @DisplayName("R-15.1 a revoked outlet leaves the directory at once and may not apply for three years")
    void revocation() throws Exception {
        asOffice.call(() -> outlets.create(outlet("IT-REVOKE-001", "撤销测试网点", LocalDate.of(2055, 1, 1))));
        travelTo(LocalDate.of(2055, 6, 1));
        assertThrows(BusinessRuleViolation.class, () -> asOffice.call(() -> {
            compliance.revoke("IT-REVOKE-001", BarReason.DISQUALIFIED, "不是撤销理由");
            return null;
        }));
        assertEquals(1, directory.listed(new DirectoryService.Filter(null, null, null, "撤销测试网点"), 0, 10).rows().size(),
                "listed until it is revoked");
        asOffice.call(() -> {
            compliance.revoke("IT-REVOKE-001", BarReason.FALSE_MATERIALS, "申报材料中的服务数据造假");
            return null;
        });
        assertTrue(directory.listed(new DirectoryService.Filter(null, null, null, "撤销测试网点"), 0, 10).rows().isEmpty());
        assertEquals(LocalDate.of(2058, 6, 1), compliance.barOn("撤销测试网点").orElseThrow().getBarredUntil());
        travelTo(LocalDate.of(2058, 6, 2));
        assertTrue(compliance.barOn("撤销测试网点").isEmpty());
    }

    private LedgerStatus line(String code, int year, int quarter) throws Exception {
        return asCenter.call(() -> ledgers.overview(year, quarter, 0, 200)).rows().stream()
                .filter(l -> l.outletCode().equals(code)).findFirst().orElseThrow();
    }

    private void travelTo(LocalDate day) {
        asOffice.travelTo(day);
    }

    private static RoundDraft round(int year, LocalDate opens) {
        RoundDraft round = new RoundDraft();
        round.setYear(year);
        round.setTitle(year + " 年度认定（测试）");
        round.setApplicationOpens(opens);
        round.setApplicationCloses(opens.plusMonths(2));
        round.setReviewDeadline(opens.plusMonths(3));
        round.setScoringDeadline(opens.plusMonths(4));
        return round;
    }

    private static ApplicationContent content(String name) {
        ApplicationContent content = new ApplicationContent();
        content.setNameZh(name);
        content.setNetworkType("library");
        return content;
    }

    private static OutletRegistration outlet(String code, String name, LocalDate accreditedOn) {
        OutletRegistration outlet = new OutletRegistration();
        outlet.setCode(code);
        outlet.setNameZh(name);
        outlet.setNetworkType("library");
        outlet.setDistrict(BeijingDistrict.FENGTAI);
        outlet.setAddress("北京市丰台区测试路 5 号");
        outlet.setPrincipal("孙八");
        outlet.setIpFields(EnumSet.of(IpField.TRADEMARK));
        outlet.setFullTimeStaff(3);
        outlet.setPartTimeStaff(1);
        outlet.setAccreditedOn(accreditedOn);
        return outlet;
    }
}
