package cn.bjip.outlets.accreditation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A score sheet as its expert and the center see it. {@code total} is there only for center staff and the office and
 * for the sheet's own expert: with two experts an application's min and max are the two totals, which no other expert
 * and no applicant may learn. {@code scorable}: the caller is its expert and it is not yet submitted.
 */
public record SheetView(long id, long version, long applicationId, String institution, String roundTitle, String expert,
                        Instant assignedAt, Instant submittedAt, BigDecimal total, String remarks, List<ItemScore> items,
                        List<RubricItem> rubric, boolean scorable) implements Serializable {

    static SheetView of(ScoreSheet s, boolean showTotal, boolean scorable) {
        return new SheetView(s.getId(), s.getVersion(), s.getApplication().getId(),
                s.getApplication().getContent().getNameZh(), s.getApplication().getRound().getTitle(), s.getExpert(), s.getAssignedAt(), s.getSubmittedAt(),
                showTotal ? s.getTotal() : null, s.getRemarks(), List.copyOf(s.getItems()),
                List.copyOf(s.getApplication().getRound().getRubric()), scorable);
    }
}
