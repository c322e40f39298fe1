package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.accreditation.ItemScore;
import cn.bjip.outlets.accreditation.ScoreSheet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A score sheet as the API shows it. */
public record SheetView(long id, long version, long applicationId, String institution, String expert, Instant assignedAt,
                        Instant submittedAt, BigDecimal total, String remarks, List<ItemScore> items) {

    static SheetView of(ScoreSheet s) {
        return new SheetView(s.getId(), s.getVersion(), s.getApplication().getId(),
                s.getApplication().getContent().getNameZh(), s.getExpert(), s.getAssignedAt(), s.getSubmittedAt(),
                s.getTotal(), s.getRemarks(), s.getItems());
    }
}
