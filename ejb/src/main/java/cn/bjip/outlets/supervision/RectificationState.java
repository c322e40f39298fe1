package cn.bjip.outlets.supervision;

/** A rectification (整改) is open until center staff resolve it, or disqualify the outlet at the deadline. */
public enum RectificationState {
    OPEN, ANSWERED, RESOLVED, DISQUALIFIED;

    public boolean closed() {
        return this == RESOLVED || this == DISQUALIFIED;
    }
}
