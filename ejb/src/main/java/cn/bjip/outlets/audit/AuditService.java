package cn.bjip.outlets.audit;

import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.platform.PlainText;
import cn.bjip.outlets.platform.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail. Every service records its changes here, in the caller's transaction; refusals are recorded in
 * their own, so that they stay when the refused work rolls back. Entries are appended one at a time to the hash
 * chain; only the office reads and verifies it.
 */
@Stateless
public class AuditService {

    /** The PostgreSQL advisory lock that makes appends to the chain take turns (held until the transaction ends). */
    private static final long CHAIN_LOCK = 0x4175646974L;
    private static final int VERIFY_PAGE = 1000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private CallerIdentity caller;

    /** Records a change made by the current caller; the actor is taken from the security context, never passed in. */
    @PermitAll
    public void record(String action, String entityType, String entityId, String detail) {
        append(action, entityType, entityId, detail, AuditResult.DONE);
    }

    /** Records that the current caller was refused {@code operation} (RS-5), whatever becomes of their transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String operation, String detail) {
        append("access.denied", "Operation", operation, detail, AuditResult.DENIED);
    }

    private void append(String action, String entityType, String entityId, String detail, AuditResult result) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + CHAIN_LOCK + ")) l").getSingleResult();
        AuditEntry last = em.createQuery("select a from AuditEntry a order by a.seq desc", AuditEntry.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        em.persist(new AuditEntry(last, clock.instant(), caller.name(), action, entityType, entityId, detail, result));
    }

    /** The entries {@code filter} chooses, newest first, paged in the database; size 0 counts only. */
    @RolesAllowed(OFFICE_ADMIN)
    public PageResult<AuditLine> find(@NotNull AuditFilter filter, int first, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<AuditEntry> rows = em.createQuery("select a from AuditEntry a" + where + " order by a.seq desc", AuditEntry.class);
        parameters.forEach(rows::setParameter);
        return PageResult.of(rows, () -> count(where, parameters), first, size).map(AuditLine::of);
    }

    /**
     * The page after one ending at entry number {@code beforeSeq}: the {@code size} entries {@code filter} chooses
     * numbered below it, newest first, with the total — as quick deep in a long trail as on its first page.
     */
    @RolesAllowed(OFFICE_ADMIN)
    public PageResult<AuditLine> findBefore(@NotNull AuditFilter filter, long beforeSeq, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return new PageResult<>(size <= 0 ? List.of() : chunk(filter, beforeSeq, size), count(where, parameters));
    }

    /** How many entries match; the whole trail's count is its last number (numbers run from 1 without a gap). */
    private long count(String where, Map<String, Object> parameters) {
        if (where.equals(EVERY_ENTRY)) {
            return em.createQuery("select coalesce(max(a.seq), 0) from AuditEntry a", Long.class).getSingleResult();
        }
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The entries {@code filter} chooses with numbers below {@code beforeSeq}, newest first: exports, chunk by chunk. */
    @RolesAllowed(OFFICE_ADMIN)
    public List<AuditLine> chunk(@NotNull AuditFilter filter, long beforeSeq, int size) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<AuditEntry> rows = em.createQuery("select a from AuditEntry a" + where(filter, parameters)
                + " and a.seq < :before order by a.seq desc", AuditEntry.class).setParameter("before", beforeSeq)
                .setMaxResults(Math.max(1, Math.min(size, PageResult.MAX_SIZE)));
        parameters.forEach(rows::setParameter);
        return rows.getResultStream().map(AuditLine::of).toList();
    }

    private static final String EVERY_ENTRY = " where 1 = 1";

    private static String where(AuditFilter filter, Map<String, Object> parameters) {
        PlainText.require("actor", filter.actor());
        PlainText.require("action", filter.action());
        PlainText.require("entity", filter.entityType());
        PlainText.require("id", filter.entityId());
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new BusinessRuleViolation("record.range", "from", filter.from(), filter.to());
        }
        StringBuilder where = new StringBuilder(EVERY_ENTRY);
        condition(where, parameters, "a.actor = :actor", "actor", filter.actor());
        condition(where, parameters, "a.action = :action", "action", filter.action());
        condition(where, parameters, "a.entityType = :type", "type", filter.entityType());
        condition(where, parameters, "a.entityId = :id", "id", filter.entityId());
        condition(where, parameters, "a.at >= :from", "from",
                filter.from() == null ? null : filter.from().atStartOfDay(PortalClock.BEIJING).toInstant());
        condition(where, parameters, "a.at < :to", "to",
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(PortalClock.BEIJING).toInstant());
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" and ").append(clause);
            parameters.put(name, value instanceof String text ? text.strip() : value);
        }
    }

    /** Walks the whole chain in the database's order of numbers, a page at a time, and reports where it breaks. */
    @RolesAllowed(OFFICE_ADMIN)
    public AuditChain.Report verify() {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = 0;
        while (true) {
            List<AuditEntry> page = em.createQuery("select a from AuditEntry a where a.seq > :after order by a.seq",
                    AuditEntry.class).setParameter("after", after).setMaxResults(VERIFY_PAGE).getResultList();
            page.forEach(entry -> verifier.accept(entry.link()));
            if (page.size() < VERIFY_PAGE) {
                return verifier.report();
            }
            after = page.get(page.size() - 1).getSeq();
            em.clear();
        }
    }
}
