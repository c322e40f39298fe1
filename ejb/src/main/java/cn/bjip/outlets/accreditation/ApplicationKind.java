package cn.bjip.outlets.accreditation;

/** A first application, or an accredited outlet applying to renew for three more years (Art. 6). */
public enum ApplicationKind {
    NEW, RENEWAL
}
