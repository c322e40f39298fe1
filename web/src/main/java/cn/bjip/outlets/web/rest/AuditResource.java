package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.audit.AuditChain;
import cn.bjip.outlets.audit.AuditLine;
import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.audit.SignInEvent;
import cn.bjip.outlets.audit.SignInEvents;
import cn.bjip.outlets.platform.PageResult;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The audit trail; the service lets only the office read it. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    private AuditService audit;

    @EJB
    private SignInEvents signIns;

    @GET
    public PageResult<AuditLine> recent(@QueryParam("first") @DefaultValue("0") int first,
                                         @QueryParam("size") @DefaultValue("50") int size) {
        return audit.recent(first, size);
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
