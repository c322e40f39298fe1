package cn.bjip.outlets.accreditation;

/** What a caller may do with an application now (UX-3), decided by {@link ApplicationViews}. */
public enum ApplicationAction {
    /** The applicant changes the content, uploads and removes documents, and submits. */
    EDIT,
    /** Center staff pass it to expert review or return it with reasons. */
    REVIEW,
    /** Center staff assign experts from the panel. */
    ASSIGN,
    /** The office accredits it (only from the proposed list). */
    ACCREDIT,
    /** The office rejects it. */
    REJECT
}
