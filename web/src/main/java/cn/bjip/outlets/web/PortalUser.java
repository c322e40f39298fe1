package cn.bjip.outlets.web;

import cn.bjip.outlets.platform.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/** The signed-in user as the pages show them: display name and roles, read from the OIDC tokens. */
@Named
@RequestScoped
public class PortalUser {

    private static final List<String> ROLES =
            List.of(Roles.OFFICE_ADMIN, Roles.CENTER_STAFF, Roles.EXPERT, Roles.OUTLET_STAFF, Roles.APPLICANT);

    @Inject
    private HttpServletRequest request;

    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    /** The user name (Keycloak's preferred_username), as the services know the caller. */
    public String getName() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    /** Full name from the ID token, else the user name. */
    public String getDisplayName() {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            IDToken idToken = oidc.getOidcSecurityContext().getIDToken();
            if (idToken != null && idToken.getName() != null && !idToken.getName().isBlank()) {
                return idToken.getName();
            }
        }
        return principal == null ? "" : principal.getName();
    }


    /** The user's roles, to say who they are signed in as (what they may do comes from {@link Allowed}). */
    public List<String> getRoles() {
        return ROLES.stream().filter(request::isUserInRole).toList();
    }
}
