package cn.bjip.outlets.web.failure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the error page says: the kind of failure (from the servlet's error dispatch, or from the {@code status}
 * parameter after an AJAX failure), the page that was asked for, the refusal's messages and the incident number.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Set<Integer> SHOWN = Set.of(400, 403, 404, 500);
    private static final Pattern INCIDENT = Pattern.compile("E\\d{8}-[0-9A-F]{6}");

    @Inject
    private HttpServletRequest request;

    /** 400, 403, 404 or 500; opened without a failure to show, 404 (there is nothing here). */
    public int getStatus() {
        Object dispatched = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (dispatched instanceof Integer code) {
            return SHOWN.contains(code) ? code : code >= 500 ? 500 : 400;
        }
        try {
            int asked = Integer.parseInt(request.getParameter("status"));
            return SHOWN.contains(asked) ? asked : 500;
        } catch (NumberFormatException nothingAsked) {
            return 404;
        }
    }

    /** After an AJAX failure the page itself answers with the failure's status. */
    public void answerWithStatus() {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setStatus(getStatus());
        }
    }

    public String getIncident() {
        Object incident = request.getAttribute(Failure.INCIDENT);
        String shown = incident != null ? incident.toString() : request.getParameter("incident");
        return shown != null && INCIDENT.matcher(shown).matches() ? shown : null;
    }

    /** The address that failed, without its query (which may hold anything a client sent). */
    public String getRequested() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? null : uri.toString();
    }

    @SuppressWarnings("unchecked")
    public List<String> getMessages() {
        Object messages = request.getAttribute(Failure.MESSAGES);
        return messages instanceof List<?> list ? (List<String>) list : List.of();
    }

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }
}
