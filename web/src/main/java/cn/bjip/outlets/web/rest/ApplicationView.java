package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.accreditation.Application;
import cn.bjip.outlets.accreditation.ApplicationContent;
import cn.bjip.outlets.accreditation.ApplicationKind;
import cn.bjip.outlets.accreditation.ApplicationState;
import java.math.BigDecimal;
import java.time.Instant;

/** An application as the API shows it. */
public record ApplicationView(long id, long version, long roundId, int roundYear, ApplicationKind kind, String applicant,
                              ApplicationState state, String outletCode, ApplicationContent content,
                              BigDecimal aggregateScore, BigDecimal minScore, BigDecimal maxScore, Integer rank,
                              boolean proposed, Instant submittedAt) {

    static ApplicationView of(Application a) {
        return new ApplicationView(a.getId(), a.getVersion(), a.getRound().getId(), a.getRound().getYear(), a.getKind(),
                a.getApplicant(), a.getState(), a.getOutlet() == null ? null : a.getOutlet().getCode(), a.getContent(),
                a.getAggregateScore(), a.getMinScore(), a.getMaxScore(), a.getRank(), a.isProposed(), a.getSubmittedAt());
    }
}
