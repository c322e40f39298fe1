package cn.bjip.outlets.web.failure;

import cn.bjip.outlets.web.LocaleSwitcher;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Turns a page request that failed into the portal's error page with the right status, never the server's stack
 * trace: 403 for a role that may not, 404 for what is missing or not the caller's, 400 for a refused request, and 500
 * with an incident number for anything else. A form posted after its view expired is shown again, fresh.
 */
@WebFilter(servletNames = "Faces Servlet", dispatcherTypes = jakarta.servlet.DispatcherType.REQUEST)
public class PageFailureFilter extends HttpFilter {

    @Inject
    private LocaleSwitcher locale;

    @Inject
    private RefusalLog refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException thrown) {
            if (response.isCommitted()) {
                Failure.of(thrown, request.getRequestURI());
                return;
            }
            response.reset();
            Failure failure = Failure.of(thrown, request.getRequestURI());
            if (failure.expiredView()) {
                response.sendRedirect(request.getRequestURI());
                return;
            }
            if (failure.status() == 403) {
                refusals.denied(failure.denied(), request.getMethod(), request.getRequestURI());
            }
            request.setAttribute(Failure.INCIDENT, failure.incident());
            request.setAttribute(Failure.MESSAGES, failure.messages(locale.getLocale()));
            response.sendError(failure.status());
        }
    }
}
