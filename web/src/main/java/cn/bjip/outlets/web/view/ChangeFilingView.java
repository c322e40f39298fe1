package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.ChangeFiling;
import cn.bjip.outlets.outlet.ChangeFilingService;
import cn.bjip.outlets.outlet.InstitutionProfile;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.web.Allowed;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;

/** Outlet staff file changes of their outlet's details; center staff approve or reject the filings waiting. */
@Named
@ViewScoped
public class ChangeFilingView implements Serializable {

    @EJB
    private ChangeFilingService changes;


    @Inject
    private LocaleSwitcher locale;

    @Inject
    private Allowed allowed;

    private InstitutionProfile details;
    private String note;

    @PostConstruct
    void init() {
        if (allowed.get("outlet.ChangeFilingService.file")) {
            try {
                details = changes.currentDetails();
            } catch (BusinessRuleViolation refused) {
                Messages.refused(refused, locale.getLocale());
            }
        }
    }

    public String file() {
        return run(() -> changes.file(details), "change.filed");
    }

    public String approve(long id) {
        return run(() -> changes.approve(id, note), "change.approved");
    }

    public String reject(long id) {
        return run(() -> changes.reject(id, note), "change.rejected");
    }

    private String run(Runnable step, String confirmation) {
        try {
            step.run();
            Messages.info(confirmation);
            return "/app/changes?faces-redirect=true";
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(invalid);
        }
        return null;
    }

    public List<ChangeFiling> getMine() {
        return allowed.get("outlet.ChangeFilingService.myHistory") ? changes.myHistory() : List.of();
    }

    public List<ChangeFiling> getWaiting() {
        return allowed.get("outlet.ChangeFilingService.waiting") ? changes.waiting() : List.of();
    }

    public List<BeijingDistrict> getDistricts() {
        return List.of(BeijingDistrict.values());
    }

    public InstitutionProfile getDetails() {
        return details;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
