package cn.bjip.outlets.supervision;

import java.io.Serializable;
import java.time.Instant;

/** One outlet's line of the year-end summary overview: submitted or not, and late or not. */
public record SummaryStatus(String outletCode, String outletName, AnnualSummary.State state, Instant submittedAt,
                            boolean late) implements Serializable {
}
