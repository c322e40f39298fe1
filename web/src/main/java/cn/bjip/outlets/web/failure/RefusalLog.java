package cn.bjip.outlets.web.failure;

import cn.bjip.outlets.audit.AuditService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts every refused call into the audit trail (RS-5), whichever page or API request it came from: the service
 * operation the container refused and the request that asked for it.
 */
@ApplicationScoped
public class RefusalLog {

    /** The container names the refused method: "... cn.bjip.outlets.audit.AuditService.find(...) of bean: ...". */
    private static final Pattern METHOD = Pattern.compile("([A-Za-z0-9_]+)\\.([A-Za-z0-9_]+)\\([^)]*\\) of bean");
    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());

    @EJB
    private AuditService audit;

    public static RefusalLog current() {
        return CDI.current().select(RefusalLog.class).get();
    }

    public void denied(EJBAccessException refused, String method, String path) {
        Matcher operation = METHOD.matcher(String.valueOf(refused.getMessage()));
        try {
            audit.recordRefusal(operation.find() ? operation.group(1) + "." + operation.group(2) : "unknown",
                    method + " " + path);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record a refusal of " + method + " " + path, e);
        }
    }
}
