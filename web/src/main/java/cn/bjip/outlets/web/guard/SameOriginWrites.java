package cn.bjip.outlets.web.guard;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.util.Set;

/**
 * A request that may change something (anything but GET, HEAD, OPTIONS) is refused with 403 when the browser says it
 * comes from another origin: an {@code Origin} other than this server's own, or {@code Sec-Fetch-Site: cross-site}.
 * Clients that are not browsers send neither and are judged by their token alone.
 */
public class SameOriginWrites implements ServletExtension {

    private static final Set<HttpString> SAFE = Set.of(Methods.GET, Methods.HEAD, Methods.OPTIONS);
    private static final HttpString FETCH_SITE = new HttpString("Sec-Fetch-Site");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            if (!SAFE.contains(exchange.getRequestMethod()) && fromAnotherOrigin(exchange)) {
                Refusal.send(exchange, 403, "api.foreignOrigin");
                return;
            }
            next.handleRequest(exchange);
        });
    }

    private static boolean fromAnotherOrigin(HttpServerExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
        if (origin != null) {
            return !origin.equalsIgnoreCase(exchange.getRequestScheme() + "://" + exchange.getHostAndPort());
        }
        return "cross-site".equals(exchange.getRequestHeaders().getFirst(FETCH_SITE));
    }
}
