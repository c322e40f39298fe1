package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.audit.AuditChain;
import cn.bjip.outlets.audit.AuditFilter;
import cn.bjip.outlets.audit.AuditLine;
import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.audit.SignInEvent;
import cn.bjip.outlets.audit.SignInEvents;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.web.export.Csv;
import cn.bjip.outlets.web.export.Exports;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The audit trail; the service lets only the office read it. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    private AuditService audit;

    @EJB
    private SignInEvents signIns;

    @Inject
    private Exports exports;

    /**
     * The entries chosen by person, action, object (kind and id) and period (days, both included), newest first:
     * {@code first} and {@code size} for any page, or, to page on through a long trail, {@code before} = the last
     * row's {@code seq}.
     */
    @GET
    public PageResult<AuditLine> find(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                      @QueryParam("entity") String entityType, @QueryParam("id") String entityId,
                                      @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                      @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("size") @DefaultValue("50") int size,
                                      @QueryParam("before") Long before) {
        AuditFilter filter = new AuditFilter(actor, action, entityType, entityId, from, to);
        if (before == null) {
            return audit.find(filter, first, size);
        }
        if (first != 0) {
            throw new BusinessRuleViolation("audit.cursorFirst", "first");
        }
        return audit.findBefore(filter, before, size);
    }

    /** The same entries as CSV, in Chinese or with {@code ?lang=en} in English. */
    @GET
    @Path("export")
    @Produces("text/csv; charset=UTF-8")
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("entity") String entityType, @QueryParam("id") String entityId,
                           @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                           @QueryParam("lang") @DefaultValue("zh") String lang) {
        Locale locale = Csv.locale(lang);
        AuditFilter filter = new AuditFilter(actor, action, entityType, entityId, from, to);
        audit.find(filter, 0, 0); // refuses before the download starts
        StreamingOutput body = out -> exports.writeAudit(filter, locale, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=" + Exports.AUDIT_FILE).build();
    }

    /** Sign-in failures, lockouts and account changes as Keycloak keeps them, newest first. */
    @GET
    @Path("sign-ins")
    public List<SignInEvent> signIns(@QueryParam("max") @DefaultValue("100") int max) {
        return signIns.recent(max);
    }

    /** Walks the hash chain: how many entries, and where it breaks (an empty list: intact). */
    @GET
    @Path("verification")
    public AuditChain.Report verification() {
        return audit.verify();
    }
}
