package cn.bjip.outlets.outlet;

import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.platform.CallerIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The Java half of row-level security (RS-8, migration V10): before anything else happens in a transaction, tells
 * PostgreSQL whose outlet rows it may show in the transaction-local setting {@code portal.outlet} — the caller's
 * outlet for outlet staff, every outlet ({@code *}) for anyone else. The database then holds outlet staff to their
 * outlet even where a service's own check were missing. A default interceptor of every EJB (ejb-jar.xml), so no
 * service can forget it; a transaction it did not reach sees no outlet's rows at all.
 */
public class OutletRowScope {

    private static final String DONE = OutletRowScope.class.getName();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @AroundInvoke
    Object call(InvocationContext invocation) throws Exception {
        scope();
        return invocation.proceed();
    }

    @AroundTimeout
    Object timeout(InvocationContext invocation) throws Exception {
        scope();
        return invocation.proceed();
    }

    /** Start-up beans load data in their {@code @PostConstruct} transaction. */
    @PostConstruct
    void created(InvocationContext invocation) throws Exception {
        scope();
        invocation.proceed();
    }

    private void scope() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || transactions.getResource(DONE) != null) {
            return;
        }
        transactions.putResource(DONE, Boolean.TRUE);
        // no bean is called from here: creating its instance would run this interceptor again
        if (CallerIdentity.callerHolds(OUTLET_STAFF)) {
            // an account without an outlet, or with an unknown one, gets '' and so sees no outlet's rows
            em.createNativeQuery("select set_config('portal.outlet', "
                            + "coalesce((select cast(id as text) from outlet where code = ?1), ''), true)")
                    .setParameter(1, CallerIdentity.callerOutletCode().orElse("")).getSingleResult();
        } else {
            em.createNativeQuery("select set_config('portal.outlet', '*', true)").getSingleResult();
        }
    }
}
