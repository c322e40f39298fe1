package cn.bjip.outlets.audit;

/** What became of what an audit entry records. */
public enum AuditResult {
    /** the change was made */
    DONE,
    /** the caller's role was refused the operation (objects that are not the caller's answer "not found" instead) */
    DENIED
}
