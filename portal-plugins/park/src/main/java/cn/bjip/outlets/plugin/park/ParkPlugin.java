package cn.bjip.outlets.plugin.park;

import static cn.bjip.outlets.plugin.spi.FieldType.INTEGER;
import static cn.bjip.outlets.plugin.spi.FieldType.PERSON_COUNT;
import static cn.bjip.outlets.plugin.spi.FieldType.TEXT;

import cn.bjip.outlets.plugin.spi.Choice;
import cn.bjip.outlets.plugin.spi.CoreFacts;
import cn.bjip.outlets.plugin.spi.FieldProblem;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.util.List;
import java.util.Map;

/**
 * Park productivity-promotion centres (Art. 8 (4)): IP information woven into the park's technology transfer and
 * enterprise innovation, matchmaking and exchange platforms, industry–university–research cooperation.
 */
public final class ParkPlugin implements NetworkTypePlugin {

    static final String MATCHMAKING = "matchmakingEvent";
    static final String ENTERPRISE_SERVICE = "enterpriseService";

    @Override
    public String id() {
        return "park";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("园区生产力促进机构", "Park productivity centre");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "将知识产权信息服务融入园区技术转化、企业创新和产业发展，搭建对接交流平台，推进产学研合作。",
                "IP information in the park's technology transfer and enterprise innovation; matchmaking "
                        + "platforms; industry–university–research cooperation.");
    }

    @Override
    public List<RecordForm> recordForms() {
        return List.of(
                RecordForm.of(MATCHMAKING, "对接交流活动", "Matchmaking event",
                        FormField.of("title", TEXT, "活动名称", "Title").asRequired().maxLength(200),
                        FormField.choice("eventKind", "活动形式", "Format",
                                Choice.of("matchmaking", "供需对接会", "Matchmaking"),
                                Choice.of("roadshow", "成果路演", "Roadshow"),
                                Choice.of("exchange", "交流研讨", "Exchange"),
                                Choice.of("training", "专题培训", "Training")).asRequired(),
                        FormField.of("enterprises", INTEGER, "参与企业数", "Enterprises").asRequired().min(0).max(10_000),
                        FormField.of("institutions", INTEGER, "参与高校院所数", "Universities and institutes")
                                .asRequired().min(0).max(1_000),
                        FormField.of("deals", INTEGER, "达成合作意向数", "Cooperation agreements").asRequired().min(0).max(1_000),
                        FormField.of("attendance", PERSON_COUNT, "参与人数", "Attendance").max(100_000)),
                RecordForm.of(ENTERPRISE_SERVICE, "企业创新服务", "Enterprise innovation service",
                        FormField.of("enterpriseName", TEXT, "企业名称", "Enterprise").asRequired().maxLength(200),
                        FormField.of("creditCode", TEXT, "统一社会信用代码", "Unified social credit code")
                                .pattern("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}"),
                        FormField.choice("serviceItem", "服务内容", "Service",
                                Choice.of("patentSearch", "专利检索", "Patent search"),
                                Choice.of("patentNavigation", "专利导航", "Patent navigation"),
                                Choice.of("technologyTransfer", "技术转移", "Technology transfer"),
                                Choice.of("riskWarning", "风险预警", "Risk warning")).asRequired(),
                        FormField.of("technologyField", TEXT, "技术领域", "Technology field").maxLength(100)));
    }

    /** An event with deals needs someone to make them with. */
    @Override
    public List<FieldProblem> check(String formId, Map<String, Object> values, CoreFacts core) {
        if (MATCHMAKING.equals(formId) && values.get("deals") instanceof Long deals && deals > 0
                && values.get("enterprises") instanceof Long enterprises && values.get("institutions") instanceof Long institutions
                && enterprises + institutions == 0) {
            return List.of(FieldProblem.of("deals", "没有参与企业或高校院所时不能有合作意向。",
                    "Agreements need participating enterprises or institutions."));
        }
        return List.of();
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.count("matchmakingEvents", "对接活动场次", "Matchmaking events", MATCHMAKING),
                MetricDefinition.sum("enterprisesReached", "参与企业（家次）", "Enterprises taking part", MATCHMAKING, "enterprises"),
                MetricDefinition.sum("institutionsReached", "参与高校院所（家次）", "Institutions taking part",
                        MATCHMAKING, "institutions"),
                MetricDefinition.sum("deals", "达成合作意向", "Cooperation agreements", MATCHMAKING, "deals"),
                MetricDefinition.ratio("dealsPerEvent", "场均合作意向", "Agreements per event", "deals", "matchmakingEvents"),
                MetricDefinition.distinctCount("enterprisesServed", "服务企业数", "Enterprises served",
                        ENTERPRISE_SERVICE, "enterpriseName"));
    }
}
