package cn.bjip.outlets.supervision;

import cn.bjip.outlets.plugin.spi.LocalizedText;

/** What a notice to outlets is about (Art. 11). */
public enum NoticeKind {
    TRAINING("培训", "Training"), GUIDANCE("业务指导", "Guidance"), EXCHANGE("交流活动", "Exchange");

    private final LocalizedText label;

    NoticeKind(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
