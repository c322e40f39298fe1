package cn.bjip.outlets.supervision;

import java.time.LocalDate;
import java.util.Set;

/**
 * A rectification as the outlet and the center see it, with what this caller may do with it now ({@code actions}):
 * the outlet answers while it is open, the center resolves it, and disqualifies only once the deadline has passed.
 */
public record RectificationView(long id, String outletCode, String outletName, RectificationState state,
                                LocalDate openedOn, LocalDate deadline, String reasons, String measures,
                                LocalDate closedOn, String closingNote, boolean overdue,
                                Set<RectificationAction> actions) {

    public boolean may(String action) {
        return actions.contains(RectificationAction.valueOf(action));
    }
}
