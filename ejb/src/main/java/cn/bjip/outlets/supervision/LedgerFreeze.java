package cn.bjip.outlets.supervision;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.record.RecordChanging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A submitted quarterly ledger freezes its quarter: the records dated in it cannot be created, changed or deleted. */
@ApplicationScoped
public class LedgerFreeze {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    void refuseFrozen(@Observes RecordChanging change) {
        LedgerDue.Quarter of = LedgerDue.quarterOf(change.serviceDate());
        int year = of.year();
        int quarter = of.quarter();
        long submitted = em.createQuery("select count(l) from QuarterlyLedger l where l.outlet = :outlet "
                        + "and l.year = :year and l.quarter = :quarter and l.state = :state", Long.class)
                .setParameter("outlet", change.outlet()).setParameter("year", year).setParameter("quarter", quarter)
                .setParameter("state", LedgerState.SUBMITTED).getSingleResult();
        if (submitted > 0) {
            throw new BusinessRuleViolation("record.quarterFrozen", "serviceDate", String.valueOf(year), quarter);
        }
    }
}
