package cn.bjip.outlets.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An outlet's year-end summary as its staff see it: the three sections, where it stands, when it is due, and
 * whether this caller may still change it (until it is submitted).
 */
public record YearEndSummary(String outletCode, int year, AnnualSummary.State state, String achievements,
                             String problems, String plans, Instant submittedAt, LocalDate dueOn, boolean editable)
                                     implements Serializable {

    /** When the summary of {@code year} is due. */
    public static LocalDate dueOn(int year) {
        return AnnualSummary.dueOn(year);
    }

    static YearEndSummary of(AnnualSummary s) {
        return new YearEndSummary(s.getOutlet().getCode(), s.getYear(), s.getState(), s.getAchievements(),
                s.getProblems(), s.getPlans(), s.getSubmittedAt(), AnnualSummary.dueOn(s.getYear()),
                s.getState() != AnnualSummary.State.SUBMITTED);
    }
}
