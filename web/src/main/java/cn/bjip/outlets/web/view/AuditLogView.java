package cn.bjip.outlets.web.view;

import cn.bjip.outlets.audit.AuditChain;
import cn.bjip.outlets.audit.AuditLine;
import cn.bjip.outlets.audit.AuditService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

@Named
@ViewScoped
public class AuditLogView implements Serializable {

    @EJB
    private transient AuditService audit;

    private final PagedModel<AuditLine> model = new PagedModel<>((first, size) -> audit.recent(first, size));

    private AuditChain.Report verification;

    public PagedModel<AuditLine> getModel() {
        return model;
    }

    public void verify() {
        verification = audit.verify();
    }

    /** The last verification's report, or null before the first. */
    public AuditChain.Report getVerification() {
        return verification;
    }
}
