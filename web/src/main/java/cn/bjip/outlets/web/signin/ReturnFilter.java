package cn.bjip.outlets.web.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * After sign-in the OIDC client lands on the page's path without its parameters; if the address kept by
 * {@link KeepReturnAddress} is that page's, the browser is sent on to it with its parameters (UX-2). The cookie is
 * used once.
 */
@WebFilter("/app/*")
public class ReturnFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Cookie> kept = request.getUserPrincipal() == null || request.getQueryString() != null
                || request.getCookies() == null ? Optional.empty()
                : Arrays.stream(request.getCookies()).filter(c -> ReturnAddress.COOKIE.equals(c.getName())).findFirst();
        if (kept.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Cookie used = new Cookie(ReturnAddress.COOKIE, "");
        used.setPath("/app/");
        used.setMaxAge(0);
        used.setHttpOnly(true);
        response.addCookie(used);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<ReturnAddress> address = ReturnAddress.fromCookie(kept.get().getValue());
        if ("GET".equals(request.getMethod()) && address.isPresent() && address.get().path().equals(path)) {
            response.sendRedirect(address.get().url(request.getContextPath()));
            return;
        }
        chain.doFilter(request, response);
    }
}
