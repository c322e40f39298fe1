package cn.bjip.outlets.accreditation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * An application as its reader may see it, with what this caller may do with it now. The lowest and highest sheet
 * totals are there for center staff and the office only: with two experts they are the two totals, which neither the
 * applicant nor an expert may learn; nor does an expert see the aggregate (from it and their own total, the other
 * expert's follows); {@code scoresVisible} says whether the caller sees them and the score sheets.
 */
public record ApplicationView(long id, long version, long roundId, int roundYear, String roundTitle, ApplicationKind kind,
                              String applicant,
                              ApplicationState state, String outletCode, ApplicationContent content,
                              BigDecimal aggregateScore, BigDecimal minScore, BigDecimal maxScore, Integer rank,
                              boolean proposed, Instant submittedAt, boolean scoresVisible,
                              Set<ApplicationAction> actions) implements Serializable {

    public boolean may(String action) {
        return actions.contains(ApplicationAction.valueOf(action));
    }
}
