package cn.bjip.outlets.web.failure;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.NotFound;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a failed request means for the person who sent it: refused (403), not found or not theirs (404), a request the
 * domain refuses (400, with its messages), a page whose form state has expired, or a fault of ours (500), which is
 * logged under an incident number that the error page shows, so that the log entry can be found from a phone call.
 */
public record Failure(int status, EJBAccessException denied, BusinessRuleViolation refusal, ViewExpiredException expired,
                      String incident) {

    /** Request attributes the error page reads. */
    public static final String INCIDENT = "portal.failure.incident";
    public static final String MESSAGES = "portal.failure.messages";

    private static final Logger LOG = Logger.getLogger(Failure.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    public static Failure of(Throwable thrown, String what) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return new Failure(403, (EJBAccessException) cause, null, null, null);
            }
            if (cause instanceof NotFound notFound) {
                return new Failure(404, null, notFound, null, null);
            }
            if (cause instanceof BusinessRuleViolation refusal) {
                return new Failure(400, null, refusal, null, null);
            }
            if (cause instanceof ViewExpiredException expired) {
                return new Failure(400, null, null, expired, null);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        String incident = "E" + LocalDate.now(BEIJING).toString().replace("-", "") + "-"
                + HexFormat.of().withUpperCase().formatHex(RANDOM.generateSeed(3));
        LOG.log(Level.SEVERE, "Incident " + incident + " while serving " + what, thrown);
        return new Failure(500, null, null, null, incident);
    }

    public boolean expiredView() {
        return expired != null;
    }

    /** The refusal's messages in the caller's language, for the error page. */
    public List<String> messages(Locale locale) {
        return refusal == null ? List.of() : refusal.all().stream().map(v -> v.message(locale)).toList();
    }
}
