package cn.bjip.outlets.plugin.research;

import static cn.bjip.outlets.plugin.spi.FieldType.DECIMAL;
import static cn.bjip.outlets.plugin.spi.FieldType.INTEGER;
import static cn.bjip.outlets.plugin.spi.FieldType.LONG_TEXT;
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
 * Research institutes and science-and-technology information agencies (Art. 8 (2)): IP information through the
 * whole life of a project — initiation, R&amp;D, results — the conversion of results, and industry patent analysis.
 */
public final class ResearchPlugin implements NetworkTypePlugin {

    static final String LIFECYCLE = "projectSupport";
    static final String CONVERSION = "resultsConversion";
    static final String INDUSTRY_ANALYSIS = "industryAnalysis";

    @Override
    public String id() {
        return "research";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("科研院所、科技情报机构", "Research institute");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "将知识产权信息利用贯穿科技项目立项、研发、产出成果全流程，助力成果转化，开展行业专利信息分析。",
                "IP information through a project's initiation, R&D and results; results conversion; "
                        + "industry patent analysis.");
    }

    @Override
    public List<RecordForm> recordForms() {
        return List.of(
                RecordForm.of(LIFECYCLE, "项目全流程信息支撑", "Project lifecycle support",
                        FormField.of("projectName", TEXT, "项目名称", "Project").asRequired().maxLength(200),
                        FormField.choice("stage", "项目阶段", "Project stage",
                                Choice.of("initiation", "立项", "Initiation"),
                                Choice.of("rnd", "研发", "R&D"),
                                Choice.of("results", "产出成果", "Results")).asRequired(),
                        FormField.choice("serviceItem", "服务内容", "Service",
                                Choice.of("noveltySearch", "查新检索", "Novelty search"),
                                Choice.of("technologyLandscape", "技术路线分析", "Technology landscape"),
                                Choice.of("freedomToOperate", "侵权风险分析", "Freedom to operate"),
                                Choice.of("patentPortfolio", "专利布局", "Patent portfolio"),
                                Choice.of("valueAssessment", "价值评估", "Value assessment")).asRequired(),
                        FormField.of("researchersServed", PERSON_COUNT, "服务科研人员数", "Researchers served").max(1_000),
                        FormField.of("patentsFiled", INTEGER, "形成专利申请数", "Patent applications filed").min(0).max(500)),
                RecordForm.of(CONVERSION, "成果转化服务", "Results conversion",
                        FormField.of("resultName", TEXT, "成果名称", "Result").asRequired().maxLength(200),
                        FormField.choice("mode", "转化方式", "Mode",
                                Choice.of("transfer", "转让", "Assignment"),
                                Choice.of("license", "许可", "Licence"),
                                Choice.of("equity", "作价投资", "Equity"),
                                Choice.of("cooperation", "合作实施", "Joint exploitation")).asRequired(),
                        FormField.of("contractAmount", DECIMAL, "合同金额（万元）", "Contract amount (10k CNY)")
                                .min(0).max(10_000_000),
                        FormField.of("patentsInvolved", INTEGER, "涉及专利数", "Patents involved").min(0).max(1_000)),
                RecordForm.of(INDUSTRY_ANALYSIS, "行业专利分析", "Industry patent analysis",
                        FormField.of("industry", TEXT, "产业领域", "Industry").asRequired().maxLength(100),
                        FormField.of("reportTitle", TEXT, "报告题目", "Report title").asRequired().maxLength(200),
                        FormField.choice("commissionedBy", "委托方", "Commissioned by",
                                Choice.of("government", "政府部门", "Government"),
                                Choice.of("enterprise", "企业", "Enterprise"),
                                Choice.of("internal", "本单位", "In-house")).asRequired(),
                        FormField.of("findings", LONG_TEXT, "主要结论", "Main findings").maxLength(4_000)));
    }

    /** Patent applications come out of a project's results stage; earlier stages have none to report. */
    @Override
    public List<FieldProblem> check(String formId, Map<String, Object> values, CoreFacts core) {
        Object filed = values.get("patentsFiled");
        if (LIFECYCLE.equals(formId) && filed instanceof Long count && count > 0 && !"results".equals(values.get("stage"))) {
            return List.of(FieldProblem.of("patentsFiled", "只有“产出成果”阶段才填写形成的专利申请数。",
                    "Patent applications are reported at the results stage only."));
        }
        return List.of();
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.distinctCount("projectsSupported", "支撑项目数", "Projects supported",
                        LIFECYCLE, "projectName"),
                MetricDefinition.count("initiationServices", "立项阶段服务", "Initiation-stage services", LIFECYCLE)
                        .where("stage", "initiation"),
                MetricDefinition.count("rndServices", "研发阶段服务", "R&D-stage services", LIFECYCLE).where("stage", "rnd"),
                MetricDefinition.count("resultsServices", "成果阶段服务", "Results-stage services", LIFECYCLE)
                        .where("stage", "results"),
                MetricDefinition.sum("patentsFiled", "形成专利申请", "Patent applications filed", LIFECYCLE, "patentsFiled"),
                MetricDefinition.count("conversions", "成果转化项数", "Results converted", CONVERSION),
                MetricDefinition.sum("conversionAmount", "转化合同金额（万元）", "Contract amount (10k CNY)",
                        CONVERSION, "contractAmount"),
                MetricDefinition.count("industryReports", "行业分析报告", "Industry reports", INDUSTRY_ANALYSIS));
    }
}
