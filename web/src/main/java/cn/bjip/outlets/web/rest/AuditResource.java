package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.audit.AuditChain;
import cn.bjip.outlets.audit.AuditLine;
import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.platform.PageResult;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The audit trail; the service lets only the office read it. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    private AuditService audit;

    @GET
    public PageResult<AuditLine> recent(@QueryParam("first") @DefaultValue("0") int first,
                                         @QueryParam("size") @DefaultValue("50") int size) {
        return audit.recent(first, size);
    }

    /** Walks the hash chain: how many entries, and where it breaks (an empty list: intact). */
    @GET
    @Path("verification")
    public AuditChain.Report verification() {
        return audit.verify();
    }
}
