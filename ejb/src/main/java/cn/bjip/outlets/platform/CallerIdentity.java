package cn.bjip.outlets.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;
import java.util.Optional;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Who is calling the service layer: the user name and, for outlet staff, the outlet their Keycloak account
 * is bound to (token claim {@code outlet_code}). Services ask here, never the web layer.
 */
@Stateless
public class CallerIdentity {

    public static final String OUTLET_CLAIM = "outlet_code";

    @Resource
    private SessionContext context;

    public String name() {
        return context.getCallerPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return context.isCallerInRole(role);
    }

    /** The outlet code of the caller's token, if the caller has one. */
    public Optional<String> outletCode() {
        Principal principal = context.getCallerPrincipal();
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return Optional.ofNullable(oidc.getOidcSecurityContext().getToken().getClaimValueAsString(OUTLET_CLAIM))
                    .filter(code -> !code.isBlank());
        }
        return Optional.empty();
    }
}
