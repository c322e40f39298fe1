package cn.bjip.outlets.web.guard;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;

/**
 * The browser-hardening headers on every answer: pages, API, downloads, static files, error pages. Pages carry
 * PrimeFaces' Content-Security-Policy with its nonce (see {@code web.xml}); every other answer gets one that allows
 * nothing to run or load. Over HTTPS the answer also asks for HTTPS only from here on (HSTS).
 */
public class SecurityHeaders implements ServletExtension {

    static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final HttpString CSP = new HttpString("Content-Security-Policy");
    private static final HttpString FRAME_OPTIONS = new HttpString("X-Frame-Options");
    private static final HttpString CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
    private static final HttpString REFERRER_POLICY = new HttpString("Referrer-Policy");
    private static final HttpString PERMISSIONS_POLICY = new HttpString("Permissions-Policy");
    private static final HttpString TRANSPORT_SECURITY = new HttpString("Strict-Transport-Security");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(SecurityHeaders::add);
            next.handleRequest(exchange);
        });
    }

    private static void add(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getResponseHeaders();
        if (!headers.contains(CSP)) {
            headers.put(CSP, NOTHING_RUNS);
        }
        headers.put(FRAME_OPTIONS, "DENY");
        headers.put(CONTENT_TYPE_OPTIONS, "nosniff");
        headers.put(REFERRER_POLICY, "strict-origin-when-cross-origin");
        headers.put(PERMISSIONS_POLICY, "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (exchange.isSecure()) {
            headers.put(TRANSPORT_SECURITY, "max-age=31536000; includeSubDomains");
        }
    }
}
