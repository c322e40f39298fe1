package cn.bjip.outlets.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Ends both sessions: the portal's here, then Keycloak's through its end-session endpoint
 * (RP-initiated logout), which sends the browser back to the public start page.
 */
@WebServlet("/app/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-url", defaultValue = "https://localhost:8543/realms/ip-outlets")
    private String providerUrl;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "portal")
    private String clientId;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String idToken = request.getUserPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null
                ? oidc.getOidcSecurityContext().getIDTokenString() : null;
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = request.getRequestURL().toString().replace(request.getRequestURI(), request.getContextPath()) + "/";
        StringBuilder endSession = new StringBuilder(providerUrl)
                .append("/protocol/openid-connect/logout?client_id=").append(encode(clientId))
                .append("&post_logout_redirect_uri=").append(encode(home));
        if (idToken != null) {
            endSession.append("&id_token_hint=").append(encode(idToken));
        }
        response.sendRedirect(endSession.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
