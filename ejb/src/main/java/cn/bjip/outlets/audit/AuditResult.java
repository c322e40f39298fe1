package cn.bjip.outlets.audit;

/** What became of what an audit entry records. */
public enum AuditResult {
    /** the change was made */
    DONE,
    /** the caller was refused: not their role, or not their object */
    DENIED
}
