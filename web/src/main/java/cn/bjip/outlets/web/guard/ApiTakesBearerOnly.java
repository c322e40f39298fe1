package cn.bjip.outlets.web.guard;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.util.Locale;

/**
 * {@code /api} is bearer-only: cookies are dropped before the sign-in mechanism sees the request, so a browser's
 * session never authenticates an API call and none is created; a protected call without
 * {@code Authorization: Bearer} is answered 401 at once, never redirected to the sign-in page.
 */
public class ApiTakesBearerOnly implements ServletExtension {

    private static final HttpString AUTHENTICATE = new HttpString("WWW-Authenticate");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            String path = exchange.getRelativePath();
            if (path.equals("/api") || path.startsWith("/api/")) {
                exchange.getRequestHeaders().remove(Headers.COOKIE);
                if (!isPublic(path) && !hasBearer(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION))) {
                    exchange.getResponseHeaders().put(AUTHENTICATE, "Bearer");
                    Refusal.send(exchange, 401, "api.bearerOnly");
                    return;
                }
            }
            next.handleRequest(exchange);
        });
    }

    static boolean isPublic(String path) {
        return path.equals("/api/health") || path.startsWith("/api/public/");
    }

    static boolean hasBearer(String authorization) {
        return authorization != null && authorization.length() > 7
                && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ");
    }
}
