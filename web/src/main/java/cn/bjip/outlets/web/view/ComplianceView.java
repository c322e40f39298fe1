package cn.bjip.outlets.web.view;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.supervision.BarReason;
import cn.bjip.outlets.supervision.ComplianceService;
import cn.bjip.outlets.supervision.RectificationView;
import cn.bjip.outlets.web.Allowed;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Rectifications and revocations: center staff open and close rectifications, outlet staff answer
 * theirs, the office revokes. The page only offers; the service decides who may.
 */
@Named
@ViewScoped
public class ComplianceView implements Serializable {

    @EJB
    private ComplianceService compliance;

    @Inject
    private LocaleSwitcher locale;

    @Inject
    private Allowed allowed;

    @Inject
    private Clock clock;

    private String outletCode;
    private String text;
    private BarReason ground;

    private interface Step {
        void run();
    }

    private String run(Step step, String confirmation) {
        try {
            step.run();
            Messages.info(confirmation);
            return "/app/compliance?faces-redirect=true";
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
            return null;
        }
    }

    public String open() {
        return run(() -> compliance.open(outletCode, text), "rectification.openedInfo");
    }

    public String answer(long id) {
        return run(() -> compliance.answer(id, text), "rectification.answeredInfo");
    }

    public String resolve(long id) {
        return run(() -> compliance.resolve(id, text), "rectification.resolvedInfo");
    }

    public String disqualify(long id) {
        return run(() -> compliance.disqualify(id, text), "rectification.disqualifiedInfo");
    }

    public String revoke() {
        return run(() -> compliance.revoke(outletCode, ground, text), "revocation.doneInfo");
    }

    public List<RectificationView> getRectifications() {
        return allowed.get("supervision.ComplianceService.mine") ? compliance.mine() : compliance.open();
    }

    public List<BarReason> getGrounds() {
        return Arrays.stream(BarReason.values()).filter(BarReason::revocation).toList();
    }

    public String getOutletCode() {
        return outletCode;
    }

    public void setOutletCode(String outletCode) {
        this.outletCode = outletCode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BarReason getGround() {
        return ground;
    }

    public void setGround(BarReason ground) {
        this.ground = ground;
    }
}
