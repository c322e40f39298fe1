package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.plugin.spi.LocalizedText;

/** Information resources an institution declares for an IP field (Art. 4 (4), R-4.2). */
public enum ResourceKind {
    DATABASE("数据库", "Database"),
    SEARCH_TOOL("检索工具", "Search tool"),
    ANALYSIS_TOOL("分析工具", "Analysis tool");

    private final LocalizedText label;

    ResourceKind(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
