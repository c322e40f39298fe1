package cn.bjip.outlets.audit;

import cn.bjip.outlets.plugin.spi.LocalizedText;

/** What became of what an audit entry records. */
public enum AuditResult {
    /** the change was made */
    DONE("已执行", "done"),
    /** the caller's role was refused the operation (objects that are not the caller's answer "not found" instead) */
    DENIED("已拒绝", "refused");

    private final LocalizedText label;

    AuditResult(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
