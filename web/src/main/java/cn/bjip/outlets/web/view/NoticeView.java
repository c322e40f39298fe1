package cn.bjip.outlets.web.view;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.supervision.NoticeDraft;
import cn.bjip.outlets.supervision.NoticeKind;
import cn.bjip.outlets.supervision.NoticeService;
import cn.bjip.outlets.supervision.PublishedNotice;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** The office and the center publish notices to all outlets or some network types. */
@Named
@ViewScoped
public class NoticeView implements Serializable {

    @EJB
    private NoticeService notices;

    @Inject
    private LocaleSwitcher locale;

    private NoticeDraft draft = new NoticeDraft();
    private String[] audience = {};
    private final PagedModel<PublishedNotice> model = new PagedModel<>((first, size) -> notices.all(first, size));

    public String publish() {
        draft.setAudience(Set.of(audience));
        try {
            notices.publish(draft);
            Messages.info("notice.publishedInfo");
            return "/app/notices?faces-redirect=true";
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(invalid);
        }
        return null;
    }

    public List<NoticeKind> getKinds() {
        return List.of(NoticeKind.values());
    }

    public NoticeDraft getDraft() {
        return draft;
    }

    public String[] getAudience() {
        return audience;
    }

    public void setAudience(String[] audience) {
        this.audience = audience;
    }

    public PagedModel<PublishedNotice> getModel() {
        return model;
    }
}
