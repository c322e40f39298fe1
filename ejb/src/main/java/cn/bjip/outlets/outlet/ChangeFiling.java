package cn.bjip.outlets.outlet;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A filed change of an outlet's details as the outlet and the center see it: what would change ({@code changes}, one
 * line per field in program names; {@code differences}, the same in words), where it stands, and what this caller may do with it now (center staff decide a pending one).
 */
public record ChangeFiling(long id, String outletCode, String outletName, OutletChange.State state, InstitutionProfile details,
                           String changes, List<ProfileDifference> differences, Instant filedAt, String filedBy, Instant decidedAt, String decidedBy,
                           String decisionNote, Set<Action> actions) {

    public enum Action {
        APPROVE,
        REJECT
    }

    public boolean may(String action) {
        return actions.contains(Action.valueOf(action));
    }
}
