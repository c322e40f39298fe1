package cn.bjip.outlets.web.view;

import cn.bjip.outlets.accreditation.ExpertReviewService;
import cn.bjip.outlets.accreditation.ItemScore;
import cn.bjip.outlets.accreditation.RubricItem;
import cn.bjip.outlets.accreditation.SheetView;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An expert's score sheet: one score and comment per rubric item, saved as a draft or submitted. */
@Named
@ViewScoped
public class SheetEditor implements Serializable {

    @EJB
    private ExpertReviewService review;

    @Inject
    private LocaleSwitcher locale;

    private Long id;
    private SheetView sheet;
    private List<Line> lines = new ArrayList<>();
    private String remarks;

    /** A rubric item with the expert's entry for it. */
    public static class Line implements Serializable {
        private final RubricItem item;
        private Integer score;
        private String comment;

        Line(RubricItem item, ItemScore given) {
            this.item = item;
            this.score = given == null ? null : given.getScore();
            this.comment = given == null ? null : given.getComment();
        }

        public RubricItem getItem() {
            return item;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    public void load() {
        try {
            sheet = review.sheet(id);
            remarks = sheet.remarks();
            lines = sheet.rubric().stream().map(item -> new Line(item,
                    sheet.items().stream().filter(s -> s.getItemKey().equals(item.getItemKey())).findFirst()
                            .orElse(null))).toList();
        } catch (NotFound missing) {
            throw missing; // not there, or not the caller's: the portal's 404 page
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    public String save() {
        return store(false);
    }

    public String submit() {
        return store(true);
    }

    private String store(boolean submit) {
        List<ItemScore> scores = lines.stream().filter(l -> l.score != null)
                .map(l -> new ItemScore(l.item.getItemKey(), l.score, l.comment)).toList();
        try {
            review.score(id, sheet.version(), scores, remarks, submit);
            Messages.info(submit ? "sheet.submittedInfo" : "sheet.saved");
            return "/app/sheet?faces-redirect=true&id=" + id;
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(invalid);
        }
        return null;
    }

    public int getTotal() {
        return lines.stream().mapToInt(l -> l.score == null ? 0 : l.score).sum();
    }

    public List<SheetView> getMine() {
        return review.mySheets();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SheetView getSheet() {
        return sheet;
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }
}
