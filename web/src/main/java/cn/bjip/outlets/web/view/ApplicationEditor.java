package cn.bjip.outlets.web.view;

import cn.bjip.outlets.accreditation.ApplicationContent;
import cn.bjip.outlets.accreditation.ApplicationService;
import cn.bjip.outlets.accreditation.ApplicationView;
import cn.bjip.outlets.accreditation.DecisionService;
import cn.bjip.outlets.accreditation.DeclaredResource;
import cn.bjip.outlets.accreditation.ExpertReviewService;
import cn.bjip.outlets.accreditation.PanelExpert;
import cn.bjip.outlets.accreditation.ResourceKind;
import cn.bjip.outlets.accreditation.RoundService;
import cn.bjip.outlets.accreditation.RoundView;
import cn.bjip.outlets.accreditation.SheetView;
import cn.bjip.outlets.accreditation.TeamMember;
import cn.bjip.outlets.accreditation.Transition;
import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.DocumentView;
import cn.bjip.outlets.platform.Download;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The application page: the applicant drafts, documents and submits it; center staff pass or return it and assign
 * experts; the office decides. Which of these a user may do is the services' decision; the page only offers them.
 */
@Named
@ViewScoped
public class ApplicationEditor implements Serializable {

    @EJB
    private ApplicationService applications;

    @EJB
    private RoundService rounds;

    @EJB
    private ExpertReviewService review;

    @EJB
    private DecisionService decisions;

    @Inject
    private LocaleSwitcher locale;


    private Long id;
    private Long roundId;
    private ApplicationView application;
    private RoundView round;
    private ApplicationContent content;
    private List<String> gaps = List.of();
    private String reason;
    private String expert;
    private List<DocumentView> documents;
    private List<Transition> history;
    private List<SheetView> sheets;

    /** Loads {@code ?id=}, or starts a blank application for {@code ?round=}. */
    public void load() {
        try {
            if (id != null) {
                application = applications.find(id);
                round = rounds.find(application.roundId());
                content = application.content();
                gaps = messages(applications.eligibility(id));
            } else if (roundId != null) {
                Optional<Long> mine = applications.mineIn(roundId);
                if (mine.isPresent()) { // one application per institution and round: offer the one there is
                    id = mine.get();
                    load();
                    return;
                }
                round = rounds.find(roundId);
                content = ApplicationContent.blank(round.year());
                check();
            }
        } catch (NotFound missing) {
            throw missing; // not there, or not the caller's: the portal's 404 page
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    public boolean isEditable() {
        return content != null && (application == null || application.may("EDIT"));
    }

    public String save() {
        return run(() -> {
            if (application == null) {
                application = applications.start(roundId, content);
                Messages.info("application.saved");
                return "/app/application?faces-redirect=true&id=" + application.id();
            }
            application = applications.save(application.id(), application.version(), content);
            Messages.info("application.saved");
            return reload();
        });
    }

    public String submit() {
        return run(() -> {
            application = applications.save(application.id(), application.version(), content);
            applications.submit(application.id(), application.version());
            Messages.info("application.submitted");
            return reload();
        });
    }

    /** Recomputes the eligibility gaps of the content as it is on the page, saved or not. */
    public void check() {
        try {
            gaps = messages(applications.eligibilityOfDraft(round.id(), application == null ? null : application.id(),
                    content));
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    public void upload(FileUploadEvent event) {
        run(() -> {
            applications.addDocument(application.id(), event.getFile().getFileName(), event.getFile().getContent());
            Messages.info("application.documentAdded");
            application = applications.find(application.id());
            documents = null;
            check();
            return null;
        });
    }

    public StreamedContent download(long documentId) {
        Download download = applications.download(documentId);
        return DefaultStreamedContent.builder().name(download.document().fileName())
                .contentType(download.document().mediaType())
                .stream(() -> new ByteArrayInputStream(download.bytes())).build();
    }

    public String removeDocument(long documentId) {
        return run(() -> {
            applications.removeDocument(documentId);
            return reload();
        });
    }

    public String pass() {
        return run(() -> {
            applications.pass(application.id(), reason);
            return reload();
        });
    }

    public String returnToApplicant() {
        return run(() -> {
            applications.returnToApplicant(application.id(), reason);
            return reload();
        });
    }

    public String assign() {
        return run(() -> {
            review.assign(application.id(), expert);
            return reload();
        });
    }

    public String accredit() {
        return run(() -> {
            decisions.accredit(application.id(), reason);
            return reload();
        });
    }

    public String reject() {
        return run(() -> {
            decisions.reject(application.id(), reason);
            return reload();
        });
    }

    private String reload() {
        return "/app/application?faces-redirect=true&id=" + application.id();
    }

    private interface Step {
        String run() throws IOException;
    }

    private String run(Step step) {
        try {
            return step.run();
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(invalid);
        } catch (EJBAccessException | IOException denied) {
            Messages.error(denied.getMessage());
        }
        return null;
    }

    private List<String> messages(List<BusinessRuleViolation> violations) {
        return violations.stream().map(v -> v.message(locale.getLocale())).toList();
    }

    public void addTeamMember() {
        content.getTeam().add(new TeamMember());
    }

    public void removeTeamMember(TeamMember member) {
        content.getTeam().remove(member);
    }

    public void addResource() {
        content.getResources().add(new DeclaredResource());
    }

    public void removeResource(DeclaredResource resource) {
        content.getResources().remove(resource);
    }

    public List<DocumentView> getDocuments() {
        if (documents == null) {
            documents = application == null ? List.of() : applications.documents(application.id());
        }
        return documents;
    }

    public List<Transition> getHistory() {
        if (history == null) {
            history = application == null ? List.of() : applications.history(application.id());
        }
        return history;
    }

    public List<SheetView> getSheets() {
        if (sheets == null) {
            sheets = application != null && application.scoresVisible() ? review.sheetsOf(application.id()) : List.of();
        }
        return sheets;
    }

    public List<PanelExpert> getPanel() {
        return application != null && application.may("ASSIGN") ? review.panel() : List.of();
    }

    public boolean isReviewable() {
        return application != null && application.may("REVIEW");
    }

    public boolean isAssignable() {
        return application != null && application.may("ASSIGN");
    }

    public boolean isDecidable() {
        return application != null && (application.may("ACCREDIT") || application.may("REJECT"));
    }


    public List<BeijingDistrict> getDistricts() {
        return List.of(BeijingDistrict.values());
    }

    public List<IpField> getIpFields() {
        return List.of(IpField.values());
    }

    public List<ResourceKind> getResourceKinds() {
        return List.of(ResourceKind.values());
    }

    public IpField[] getDeclaredFields() {
        return content.getIpFields().toArray(IpField[]::new);
    }

    public void setDeclaredFields(IpField[] fields) {
        content.setIpFields(Set.of(fields));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public RoundView getRound() {
        return round;
    }

    public ApplicationContent getContent() {
        return content;
    }

    public List<String> getGaps() {
        return gaps;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getExpert() {
        return expert;
    }

    public void setExpert(String expert) {
        this.expert = expert;
    }
}
