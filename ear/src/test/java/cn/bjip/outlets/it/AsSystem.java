package cn.bjip.outlets.it;

import cn.bjip.outlets.platform.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test helper deployed with in-container tests: calls services as the portal's own timers do (role portal-system). */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
public class AsSystem {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
