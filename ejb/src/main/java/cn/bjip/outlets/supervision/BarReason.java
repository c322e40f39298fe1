package cn.bjip.outlets.supervision;

import cn.bjip.outlets.plugin.spi.LocalizedText;

/** Why an institution may not apply: disqualified after a failed rectification (Art. 14) or revoked (Art. 15). */
public enum BarReason {
    DISQUALIFIED("整改期满未整改到位，被取消网点资格", "disqualified after an unresolved rectification"),
    FALSE_MATERIALS("在认定过程中提供虚假材料", "false materials in the accreditation"),
    NAME_MISUSE("滥用网点名义从事无关商业经营活动", "misuse of the outlet's name for unrelated business"),
    ILLEGAL_ACTIVITY("从事违法违规活动", "illegal activity");

    private final LocalizedText label;

    BarReason(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }

    /** The revocation grounds of Art. 15 (the others come from Art. 14). */
    public boolean revocation() {
        return this != DISQUALIFIED;
    }
}
