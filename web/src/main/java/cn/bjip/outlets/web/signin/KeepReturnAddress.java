package cn.bjip.outlets.web.signin;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;

/**
 * Runs before the sign-in mechanism: when a request for a page with parameters is answered with a redirect to
 * Keycloak's sign-in, the page's address goes into a cookie, for {@link ReturnFilter} to restore after sign-in.
 * Registered through {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class KeepReturnAddress implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            String path = exchange.getRelativePath();
            if (ReturnAddress.worthKeeping(exchange.getRequestMethod().toString(), path, exchange.getQueryString())) {
                ReturnAddress address = new ReturnAddress(path, exchange.getQueryString());
                exchange.addResponseCommitListener(answered -> keepIfSentToSignIn(answered, address));
            }
            next.handleRequest(exchange);
        });
    }

    private static void keepIfSentToSignIn(HttpServerExchange exchange, ReturnAddress address) {
        String provider = System.getProperty("portal.oidc.provider-url");
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        if (exchange.getStatusCode() == StatusCodes.FOUND && provider != null && location != null
                && location.startsWith(provider)) {
            exchange.setResponseCookie(new CookieImpl(ReturnAddress.COOKIE, address.cookieValue()).setPath("/app/")
                    .setHttpOnly(true).setSameSiteMode("Lax").setMaxAge(ReturnAddress.MAX_AGE_SECONDS)
                    .setSecure(exchange.isSecure()));
        }
    }
}
