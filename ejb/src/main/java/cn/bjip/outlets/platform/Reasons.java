package cn.bjip.outlets.platform;

/** The reasons and notes people give with decisions: required where the rules say so, never longer than is kept. */
public final class Reasons {

    public static final int MAX_LENGTH = 1000;

    private Reasons() {
    }

    /** A reason that must be given (returns, rejections, decisions, recommendations). */
    public static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("decision.reason.required", "reason");
        }
        return optional(reason);
    }

    /** A note that may be left out; stripped, or null when blank. */
    public static String optional(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > MAX_LENGTH) {
            throw new BusinessRuleViolation("reason.tooLong", "reason", MAX_LENGTH);
        }
        return note.strip();
    }
}
