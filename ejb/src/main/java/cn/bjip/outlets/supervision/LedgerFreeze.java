package cn.bjip.outlets.supervision;

import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.record.RecordLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A submitted quarterly ledger freezes its quarter: the records dated in it cannot be created, changed or deleted. */
@ApplicationScoped
public class LedgerFreeze implements RecordLock {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Predicate<LocalDate> lockedDays(Outlet outlet) {
        Set<LedgerDue.Quarter> frozen = em.createQuery("select l.year, l.quarter from QuarterlyLedger l "
                        + "where l.outlet = :outlet and l.state = :state", Object[].class)
                .setParameter("outlet", outlet).setParameter("state", LedgerState.SUBMITTED).getResultStream()
                .map(row -> new LedgerDue.Quarter((Integer) row[0], (Integer) row[1])).collect(Collectors.toSet());
        return day -> frozen.contains(LedgerDue.quarterOf(day));
    }

    @Override
    public void refuseChange(Outlet outlet, LocalDate day) {
        LedgerDue.Quarter of = LedgerDue.quarterOf(day);
        long submitted = em.createQuery("select count(l) from QuarterlyLedger l where l.outlet = :outlet "
                        + "and l.year = :year and l.quarter = :quarter and l.state = :state", Long.class)
                .setParameter("outlet", outlet).setParameter("year", of.year()).setParameter("quarter", of.quarter())
                .setParameter("state", LedgerState.SUBMITTED).getSingleResult();
        if (submitted > 0) {
            throw new BusinessRuleViolation("record.quarterFrozen", "serviceDate", String.valueOf(of.year()), of.quarter());
        }
    }
}
