package cn.bjip.outlets.web.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The page, with its parameters, that a signed-out person asked for; kept in a short-lived cookie across the sign-in,
 * because the OIDC client returns to the page's path without its query. Only the portal's own signed-in pages are
 * ever returned to (no open redirect).
 */
record ReturnAddress(String path, String query) {

    static final String COOKIE = "portal_return";
    static final int MAX_AGE_SECONDS = 600;

    static boolean worthKeeping(String method, String path, String query) {
        return "GET".equals(method) && path.startsWith("/app/") && query != null && !query.isEmpty();
    }

    String cookieValue() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((path + "?" + query).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<ReturnAddress> fromCookie(String value) {
        try {
            String address = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int question = address.indexOf('?');
            if (question < 0 || !address.startsWith("/app/") || address.contains("//") || address.contains("\\")
                    || address.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return Optional.empty();
            }
            return Optional.of(new ReturnAddress(address.substring(0, question), address.substring(question + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    String url(String contextPath) {
        return contextPath + path + "?" + query;
    }
}
