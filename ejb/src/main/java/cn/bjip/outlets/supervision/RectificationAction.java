package cn.bjip.outlets.supervision;

/** What a caller may do with a rectification (UX-3), decided by {@link ComplianceService}. */
public enum RectificationAction {
    ANSWER,
    RESOLVE,
    DISQUALIFY
}
