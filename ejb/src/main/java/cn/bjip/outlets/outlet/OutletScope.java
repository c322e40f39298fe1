package cn.bjip.outlets.outlet;

import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.NotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The one rule "outlet staff reach their own outlet only", for every service: the caller's own outlet (from the token's
 * {@code outlet_code}), and any outlet by code as the caller may reach it — for outlet staff only theirs, another one
 * being an outlet that does not exist, so that no outlet can probe another's code. For use inside the EJB module; it
 * must declare the role it asks about, or the container answers "not in role" for everyone.
 */
@Stateless
@PermitAll
@DeclareRoles(OUTLET_STAFF)
public class OutletScope {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CallerIdentity caller;

    @Resource
    private SessionContext context;

    /** Whether the caller is outlet staff, and so limited to one outlet. */
    public boolean limited() {
        return context.isCallerInRole(OUTLET_STAFF);
    }

    /** The outlet the calling account is bound to; refused for an account without one. */
    public Outlet mine() {
        String code = caller.outletCode().orElseThrow(() -> new BusinessRuleViolation("outlet.notBound", null));
        return byCode(code).orElseThrow(() -> new BusinessRuleViolation("outlet.notFound", null, code));
    }

    /** Outlet {@code code}, if the caller may reach it; otherwise, or if there is none, {@link NotFound}. */
    public Outlet reachable(String code) {
        if (limited()) {
            Outlet mine = mine();
            if (!mine.getCode().equals(code)) {
                throw new NotFound("outlet.notFound", code);
            }
            return mine;
        }
        return byCode(code).orElseThrow(() -> new NotFound("outlet.notFound", code));
    }

    /** Whether the caller may reach {@code outlet}. */
    public boolean reaches(Outlet outlet) {
        return !limited() || mine().getId().equals(outlet.getId());
    }

    /** Outlet {@code code}, whoever asks: for services that have checked the caller already. */
    public Optional<Outlet> byCode(String code) {
        return code == null ? Optional.empty() : em.createQuery("select o from Outlet o where o.code = :code", Outlet.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
