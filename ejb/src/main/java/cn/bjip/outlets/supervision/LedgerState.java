package cn.bjip.outlets.supervision;

import cn.bjip.outlets.plugin.spi.LocalizedText;

/** Where an outlet's quarterly ledger stands; a quarter with no ledger row has not been submitted. */
public enum LedgerState {
    NOT_SUBMITTED("未报送", "Not submitted"),
    SUBMITTED("已报送", "Submitted"),
    REOPENED("已退回更正", "Reopened for correction");

    private final LocalizedText label;

    LedgerState(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
