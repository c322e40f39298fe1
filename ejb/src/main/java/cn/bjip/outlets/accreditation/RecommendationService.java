package cn.bjip.outlets.accreditation;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletScope;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.Reasons;
import cn.bjip.outlets.platform.Years;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The office's list of outlets recommended for national filing: accredited outlets only, each with reasons. */
@Stateless
public class RecommendationService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OutletScope scope;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    @RolesAllowed(OFFICE_ADMIN)
    public Recommendation recommend(int year, String outletCode, String reason) {
        Years.check(year);
        String why = Reasons.required(reason);
        Outlet outlet = scope.reachable(outletCode);
        if (!outlet.listedOn(LocalDate.now(clock))) {
            throw new BusinessRuleViolation("recommendation.notListed", "outlet", outletCode);
        }
        if (list(year).stream().anyMatch(r -> r.outlet().code().equals(outletCode))) {
            throw new BusinessRuleViolation("recommendation.duplicate", "outlet", outletCode, year);
        }
        NationalRecommendation recommendation = new NationalRecommendation(year, outlet, why, clock.instant(),
                caller.name());
        em.persist(recommendation);
        audit.record("outlet.recommended", "Outlet", outletCode, year + ": " + why);
        return Recommendation.of(recommendation);
    }

    @RolesAllowed(OFFICE_ADMIN)
    public void withdraw(long id) {
        NationalRecommendation recommendation = em.find(NationalRecommendation.class, id);
        if (recommendation == null) {
            throw new NotFound("recommendation.notFound", id);
        }
        em.remove(recommendation);
        audit.record("outlet.recommendationWithdrawn", "Outlet", recommendation.getOutlet().getCode(),
                String.valueOf(recommendation.getYear()));
    }

    /** The recommendations of a year, by outlet code. */
    @RolesAllowed({OFFICE_ADMIN, CENTER_STAFF})
    public List<Recommendation> list(int year) {
        Years.check(year);
        return em.createQuery("select r from NationalRecommendation r join fetch r.outlet where r.year = :year "
                        + "order by r.outlet.code", NationalRecommendation.class).setParameter("year", year)
                .getResultStream().map(Recommendation::of).toList();
    }
}
