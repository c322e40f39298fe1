package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.platform.DemoDataLock;
import cn.bjip.outlets.platform.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for the run command ({@code portal.demo-data=true}): the realm's three experts on the panel (周强 belongs
 * to 北京示例理工大学, so he cannot review its application) and this year's round, open for applications.
 */
@Singleton
@Startup
@DependsOn("DemoOutlets")
@RunAs(Roles.CENTER_STAFF)
public class DemoAccreditation {

    private static final Logger LOG = Logger.getLogger(DemoAccreditation.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    private boolean enabled;

    @Inject
    private Clock clock;

    @EJB
    private ExpertReviewService review;

    @EJB
    private RoundService rounds;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        DemoDataLock.hold(em);
        if (review.panel().isEmpty()) {
            review.register(new NewExpert("expert", "刘洋", "中国科学院文献情报中心"));
            review.register(new NewExpert("expert2", "孙丽", "北京知识产权研究会"));
            review.register(new NewExpert("expert3", "周强", "北京示例理工大学"));
        }
        LocalDate today = LocalDate.now(clock);
        if (rounds.all().stream().noneMatch(r -> r.year() == today.getYear())) {
            RoundDraft round = new RoundDraft();
            round.setYear(today.getYear());
            round.setTitle(today.getYear() + " 年度北京市知识产权信息公共服务网点认定");
            round.setApplicationOpens(today.minusDays(10));
            round.setApplicationCloses(today.plusDays(60));
            round.setReviewDeadline(today.plusDays(75));
            round.setScoringDeadline(today.plusDays(90));
            round.setPassScore(BigDecimal.valueOf(70));
            rounds.open(round);
        }
        LOG.info("demo data: expert panel and this year's accreditation round ready");
    }
}
