package cn.bjip.outlets.plugin.market;

import static cn.bjip.outlets.plugin.spi.FieldType.DECIMAL;
import static cn.bjip.outlets.plugin.spi.FieldType.LONG_TEXT;
import static cn.bjip.outlets.plugin.spi.FieldType.TEXT;

import cn.bjip.outlets.plugin.spi.Choice;
import cn.bjip.outlets.plugin.spi.CoreFacts;
import cn.bjip.outlets.plugin.spi.FieldProblem;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Market IP service firms (Art. 8 (6), R-8.2): information services joined to professional IP services, and the
 * free or low-cost public-welfare services they owe the public — each recorded as free or low-cost, with its fee.
 */
public final class MarketPlugin implements NetworkTypePlugin {

    static final String PUBLIC_WELFARE = "publicWelfareService";
    static final String PROFESSIONAL = "professionalService";

    @Override
    public String id() {
        return "market";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("市场化服务机构", "Market service firm");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "推动知识产权信息传播利用与专业服务融合，并向社会公众提供免费或者低成本的公益性信息服务。",
                "Information services joined to professional IP services; free or low-cost public-welfare "
                        + "information services for the public.");
    }

    @Override
    public List<RecordForm> recordForms() {
        return List.of(
                RecordForm.of(PUBLIC_WELFARE, "公益性信息服务", "Public-welfare information service",
                        FormField.choice("serviceItem", "服务内容", "Service",
                                Choice.of("search", "检索查询", "Search"),
                                Choice.of("consultation", "咨询答疑", "Consultation"),
                                Choice.of("analysis", "分析报告", "Analysis"),
                                Choice.of("training", "公益培训", "Training")).asRequired(),
                        FormField.of("recipient", TEXT, "服务对象", "Recipient").asRequired().maxLength(200),
                        FormField.choice("welfareBasis", "公益方式", "Basis",
                                Choice.of("free", "免费", "Free"),
                                Choice.of("lowCost", "低成本", "Low cost")).asRequired(),
                        FormField.of("marketPrice", DECIMAL, "市场价格（元）", "Market price (CNY)").min(0).max(10_000_000)),
                RecordForm.of(PROFESSIONAL, "专业服务融合信息服务", "Professional service with information",
                        FormField.choice("serviceItem", "专业服务", "Professional service",
                                Choice.of("patentDrafting", "专利申请代理", "Patent drafting"),
                                Choice.of("trademarkFiling", "商标注册代理", "Trademark filing"),
                                Choice.of("freedomToOperate", "自由实施分析", "Freedom to operate"),
                                Choice.of("valuation", "价值评估", "Valuation"),
                                Choice.of("litigation", "诉讼支持", "Litigation support")).asRequired(),
                        FormField.of("clientName", TEXT, "委托方", "Client").asRequired().maxLength(200),
                        FormField.of("informationPart", LONG_TEXT, "信息服务内容", "Information work").maxLength(2_000)));
    }

    /** A free service charges nothing; a low-cost one charges a fee and states the market price it is below. */
    @Override
    public List<FieldProblem> check(String formId, Map<String, Object> values, CoreFacts core) {
        if (!PUBLIC_WELFARE.equals(formId)) {
            return List.of();
        }
        boolean feePaid = core.charged() && core.feeAmount() != null && core.feeAmount().signum() > 0;
        if ("free".equals(values.get("welfareBasis")) && feePaid) {
            return List.of(FieldProblem.of(CoreFacts.FEE_AMOUNT, "免费服务不能收取费用。", "A free service charges no fee."));
        }
        if ("lowCost".equals(values.get("welfareBasis"))) {
            if (!feePaid) {
                return List.of(FieldProblem.of(CoreFacts.FEE_AMOUNT, "低成本服务请填写收费金额。",
                        "A low-cost service needs the fee charged."));
            }
            if (!(values.get("marketPrice") instanceof BigDecimal price)) {
                return List.of(FieldProblem.of("marketPrice", "低成本服务请填写市场价格，以便说明收费低于市场价格。",
                        "A low-cost service states the market price its fee is below."));
            }
            if (core.feeAmount().compareTo(price) >= 0) {
                return List.of(FieldProblem.of(CoreFacts.FEE_AMOUNT, "低成本服务的收费应低于市场价格。",
                        "A low-cost fee must be below the market price."));
            }
        }
        return List.of();
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.count("publicWelfareServices", "公益服务次数", "Public-welfare services", PUBLIC_WELFARE),
                MetricDefinition.count("freeServices", "免费服务次数", "Free services", PUBLIC_WELFARE)
                        .where("welfareBasis", "free"),
                MetricDefinition.count("lowCostServices", "低成本服务次数", "Low-cost services", PUBLIC_WELFARE)
                        .where("welfareBasis", "lowCost"),
                MetricDefinition.sum("lowCostFees", "低成本服务收费（元）", "Low-cost fees (CNY)", PUBLIC_WELFARE,
                        CoreFacts.FEE_AMOUNT).where("welfareBasis", "lowCost"),
                MetricDefinition.ratio("freeShare", "免费服务占比", "Share of free services",
                        "freeServices", "publicWelfareServices"),
                MetricDefinition.sum("peopleServed", "公益服务受益人次", "People served", PUBLIC_WELFARE,
                        CoreFacts.BENEFICIARY_COUNT),
                MetricDefinition.count("professionalServices", "专业融合服务次数", "Professional services", PROFESSIONAL));
    }
}
