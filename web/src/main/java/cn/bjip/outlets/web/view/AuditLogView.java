package cn.bjip.outlets.web.view;

import cn.bjip.outlets.audit.AuditChain;
import cn.bjip.outlets.audit.AuditLine;
import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.audit.SignInEvent;
import cn.bjip.outlets.audit.SignInEvents;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

@Named
@ViewScoped
public class AuditLogView implements Serializable {

    @EJB
    private transient AuditService audit;

    private final PagedModel<AuditLine> model = new PagedModel<>((first, size) -> audit.recent(first, size));

    @EJB
    private transient SignInEvents signInEvents;

    @Inject
    private LocaleSwitcher locale;

    private AuditChain.Report verification;
    private List<SignInEvent> signIns;

    public PagedModel<AuditLine> getModel() {
        return model;
    }

    /** Keycloak's sign-in records, read when the office opens them. */
    public void loadSignIns() {
        try {
            signIns = signInEvents.recent(200);
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    public List<SignInEvent> getSignIns() {
        return signIns;
    }

    public void verify() {
        verification = audit.verify();
    }

    /** The last verification's report, or null before the first. */
    public AuditChain.Report getVerification() {
        return verification;
    }
}
