package cn.bjip.outlets.it;

import cn.bjip.outlets.platform.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test helper deployed with in-container tests: calls services in the role of an applicant institution. */
@Stateless
@PermitAll
@RunAs(Roles.APPLICANT)
public class AsApplicant {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
