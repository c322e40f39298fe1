package cn.bjip.outlets.it;

import cn.bjip.outlets.outlet.OutletScope;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * Test-only switch (RS-8): deployed in place of {@link OutletScope} by {@link RealEar#withoutOutletChecks()}, it tells
 * every service that no caller is limited to one outlet, so each service's own outlet check is skipped and only
 * row-level security in PostgreSQL stands between outlet staff and other outlets' rows.
 */
@Stateless
@PermitAll
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class UncheckedOutletScope extends OutletScope {

    @Override
    public boolean limited() {
        return false;
    }
}
