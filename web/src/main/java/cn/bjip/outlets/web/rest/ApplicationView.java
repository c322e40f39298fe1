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

    /** The whole application, for center staff and the office. */
    static ApplicationView of(Application a) {
        return of(a, true);
    }

    /**
     * The application; without the lowest and highest sheet totals unless {@code staff}: with two experts they are
     * the two totals, which neither the applicant nor an expert may learn.
     */
    static ApplicationView of(Application a, boolean staff) {
        return new ApplicationView(a.getId(), a.getVersion(), a.getRound().getId(), a.getRound().getYear(), a.getKind(),
                a.getApplicant(), a.getState(), a.getOutlet() == null ? null : a.getOutlet().getCode(), a.getContent(),
                a.getAggregateScore(), staff ? a.getMinScore() : null, staff ? a.getMaxScore() : null, a.getRank(),
                a.isProposed(), a.getSubmittedAt());
    }
}
