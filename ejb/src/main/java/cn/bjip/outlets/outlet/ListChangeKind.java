package cn.bjip.outlets.outlet;

import cn.bjip.outlets.plugin.spi.LocalizedText;

/** What an announcement of the public list-change page says happened to an outlet. */
public enum ListChangeKind {
    ACCREDITED("新认定", "Accredited"),
    RENEWED("续期", "Renewed"),
    CHANGED("信息变更", "Details changed"),
    RECTIFICATION("整改", "Rectification"),
    DISQUALIFIED("取消资格", "Disqualified"),
    REVOKED("撤销", "Revoked");

    private final LocalizedText label;

    ListChangeKind(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
