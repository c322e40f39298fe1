package cn.bjip.outlets.record;

import cn.bjip.outlets.plugin.spi.LocalizedText;

/** What service a record is: one of the basic public services (Art. 9, R-9.1) or the value-added ones (Art. 10, R-10.1). */
public enum ServiceKind {
    INFORMATION_QUERY(Tier.BASIC, "信息查询", "Information query"),
    INFORMATION_SEARCH(Tier.BASIC, "信息检索", "Information search"),
    AFFAIRS_CONSULTATION(Tier.BASIC, "事务咨询", "Affairs consultation"),
    PUBLIC_TRAINING(Tier.BASIC, "公益培训", "Public training"),
    POLICY_PROMOTION(Tier.BASIC, "政策宣传", "Policy promotion"),
    ANALYSIS_REPORT(Tier.VALUE_ADDED, "信息分析报告", "Analysis report"),
    EARLY_WARNING(Tier.VALUE_ADDED, "信息预警", "Early warning"),
    INDUSTRY_CONSULTING(Tier.VALUE_ADDED, "产业发展咨询", "Industry consulting"),
    DECISION_SUPPORT(Tier.VALUE_ADDED, "政府决策咨询", "Decision support");

    /** Basic public service (基础信息公共服务) or high-end / value-added service (高端服务或增值服务). */
    public enum Tier { BASIC, VALUE_ADDED }

    private final Tier tier;
    private final LocalizedText label;

    ServiceKind(Tier tier, String zh, String en) {
        this.tier = tier;
        this.label = LocalizedText.of(zh, en);
    }

    public Tier tier() {
        return tier;
    }

    public LocalizedText label() {
        return label;
    }
}
