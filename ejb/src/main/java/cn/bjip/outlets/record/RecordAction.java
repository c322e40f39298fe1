package cn.bjip.outlets.record;

/** What a caller may do with a service record now (UX-3): decided by {@link RecordService}, shown by the pages. */
public enum RecordAction {
    EDIT,
    DELETE
}
