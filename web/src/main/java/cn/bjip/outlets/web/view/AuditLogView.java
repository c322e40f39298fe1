package cn.bjip.outlets.web.view;

import cn.bjip.outlets.audit.AuditChain;
import cn.bjip.outlets.audit.AuditFilter;
import cn.bjip.outlets.audit.AuditLine;
import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.audit.AuditWords;
import cn.bjip.outlets.audit.SignInEvent;
import cn.bjip.outlets.audit.SignInEvents;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import cn.bjip.outlets.web.export.Exports;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The office's audit log: filtered by person, action, object and period, paged in the database, exported as CSV. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    @EJB
    private AuditService audit;

    private final PagedModel<AuditLine> model = new PagedModel<>(this::page);

    @Inject
    private Exports exports;

    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    private LocalDate from;
    private LocalDate to;

    @EJB
    private SignInEvents signInEvents;

    @Inject
    private LocaleSwitcher locale;

    private AuditChain.Report verification;
    private List<SignInEvent> signIns;

    public PagedModel<AuditLine> getModel() {
        return model;
    }

    /** Where the page shown ends: the next page is asked for by the last entry's number, not by an offset. */
    private PageEnd shown;

    private record PageEnd(AuditFilter filter, int first, int size, long lastSeq) implements Serializable {
    }

    private PageResult<AuditLine> page(int first, int size) {
        try {
            AuditFilter filter = filter();
            boolean next = shown != null && size > 0 && first == shown.first() + size && size == shown.size()
                    && filter.equals(shown.filter());
            PageResult<AuditLine> page = next ? audit.findBefore(filter, shown.lastSeq(), size) : audit.find(filter, first, size);
            if (size > 0) {
                shown = page.rows().size() < size ? null
                        : new PageEnd(filter, first, size, page.rows().get(size - 1).seq());
            }
            return page;
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
            return new PageResult<>(List.of(), 0);
        }
    }

    private AuditFilter filter() {
        return new AuditFilter(actor, action, entityType, entityId, from, to);
    }

    /** The filtered entries as CSV in the page's language. */
    public StreamedContent getExport() {
        AuditFilter filter = filter();
        Locale language = locale.getLocale();
        return DefaultStreamedContent.builder().name(Exports.AUDIT_FILE).contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        exports.writeAudit(filter, language, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    /** The actions and kinds of object to filter by (their words on the page). */
    public List<String> getActions() {
        return AuditWords.actions();
    }

    public List<String> getObjects() {
        return AuditWords.objects();
    }

    public String actionName(String action) {
        return AuditWords.action(action).in(locale.getLocale());
    }

    public String objectName(String entityType) {
        return AuditWords.object(entityType).in(locale.getLocale());
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
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
