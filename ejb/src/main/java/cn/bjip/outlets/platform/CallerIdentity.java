package cn.bjip.outlets.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.credential.BearerTokenCredential;
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

    /** The user name (Keycloak's preferred_username), from the security identity the request carries. */
    public String name() {
        SecurityIdentity identity = identity();
        return identity != null && !identity.isAnonymous() ? identity.getPrincipal().getName()
                : context.getCallerPrincipal().getName();
    }

    /**
     * Whether the current caller's identity holds realm role {@code role}. Unlike {@code isCallerInRole} it needs
     * no {@code @DeclareRoles} on the asking bean and no bean at all, so an interceptor of any bean may ask.
     */
    public static boolean callerHolds(String role) {
        SecurityIdentity identity = identity();
        return identity != null && identity.getRoles().contains(role);
    }

    private static SecurityIdentity identity() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        return domain == null ? null : domain.getCurrentSecurityIdentity();
    }

    /** The outlet code of the caller's token, if the caller signed in through Keycloak and has one. */
    public Optional<String> outletCode() {
        return callerOutletCode();
    }

    /** {@link #outletCode()}, without a bean: for interceptors. */
    public static Optional<String> callerOutletCode() {
        SecurityIdentity identity = identity();
        if (identity == null) {
            return Optional.empty();
        }
        String code;
        if (identity.getPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            code = oidc.getOidcSecurityContext().getToken().getClaimValueAsString(OUTLET_CLAIM);
        } else {
            // the OIDC mechanism keeps the verified access token with the identity
            BearerTokenCredential token = identity.getPrivateCredentials().getCredential(BearerTokenCredential.class);
            code = token == null ? null : claim(token.getToken(), OUTLET_CLAIM);
        }
        return Optional.ofNullable(code).filter(c -> !c.isBlank());
    }

    private static String claim(String jwt, String name) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        JsonObject claims = Json.createReader(new StringReader(payload)).readObject();
        return claims.containsKey(name) ? claims.getString(name, null) : null;
    }
}
