package cn.bjip.outlets.accreditation;

/** A round takes applications and scores until center staff close scoring; then the office decides. */
public enum RoundState {
    OPEN, SCORING_CLOSED
}
