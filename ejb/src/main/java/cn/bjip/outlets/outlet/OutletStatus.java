package cn.bjip.outlets.outlet;

/** An outlet's standing: active, or ended by disqualification after a failed rectification or by revocation. */
public enum OutletStatus {
    ACTIVE, DISQUALIFIED, REVOKED
}
