package cn.bjip.outlets.plugin.association;

import static cn.bjip.outlets.plugin.spi.FieldType.INTEGER;
import static cn.bjip.outlets.plugin.spi.FieldType.PERSON_COUNT;
import static cn.bjip.outlets.plugin.spi.FieldType.TEXT;

import cn.bjip.outlets.plugin.spi.Choice;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.util.List;

/**
 * Industry associations (Art. 8 (5)): thematic industry databases, and training and information push to their
 * member units.
 */
public final class AssociationPlugin implements NetworkTypePlugin {

    static final String DATABASE = "thematicDatabase";
    static final String PUSH = "informationPush";
    static final String MEMBER_TRAINING = "memberTraining";

    @Override
    public String id() {
        return "association";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("行业组织", "Industry association");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "建立行业专题数据库，重点面向成员（会员）单位开展信息利用培训、信息推送等服务。",
                "Thematic industry databases; information training and information push for member units.");
    }

    @Override
    public List<RecordForm> recordForms() {
        return List.of(
                RecordForm.of(DATABASE, "行业专题数据库建设", "Thematic database work",
                        FormField.of("databaseName", TEXT, "数据库名称", "Database").asRequired().maxLength(200),
                        FormField.of("industry", TEXT, "行业领域", "Industry").asRequired().maxLength(100),
                        FormField.choice("workKind", "工作类型", "Work",
                                Choice.of("created", "新建", "Created"),
                                Choice.of("updated", "更新", "Updated")).asRequired(),
                        FormField.of("recordsAdded", INTEGER, "新增数据条数", "Records added").asRequired().min(0)
                                .max(10_000_000),
                        FormField.of("totalRecords", INTEGER, "数据总量", "Records in total").min(0).max(1_000_000_000)),
                RecordForm.of(PUSH, "信息推送", "Information push",
                        FormField.of("title", TEXT, "推送标题", "Title").asRequired().maxLength(200),
                        FormField.choice("channel", "推送渠道", "Channel",
                                Choice.of("email", "电子邮件", "E-mail"),
                                Choice.of("wechat", "微信", "WeChat"),
                                Choice.of("bulletin", "简报", "Bulletin"),
                                Choice.of("report", "专题报告", "Report")).asRequired(),
                        FormField.of("membersReached", INTEGER, "覆盖成员单位数", "Member units reached")
                                .asRequired().min(1).max(100_000)),
                RecordForm.of(MEMBER_TRAINING, "会员信息利用培训", "Member training",
                        FormField.of("topic", TEXT, "培训主题", "Topic").asRequired().maxLength(200),
                        FormField.of("memberUnits", INTEGER, "参训成员单位数", "Member units").asRequired().min(1).max(10_000),
                        FormField.of("trainees", PERSON_COUNT, "培训人数", "Trainees").asRequired().max(10_000)));
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.distinctCount("databasesMaintained", "维护专题数据库数", "Databases maintained",
                        DATABASE, "databaseName"),
                MetricDefinition.count("databaseUpdates", "数据库建设更新次数", "Database updates", DATABASE),
                MetricDefinition.sum("recordsAdded", "新增数据条数", "Records added", DATABASE, "recordsAdded"),
                MetricDefinition.count("pushes", "信息推送次数", "Information pushes", PUSH),
                MetricDefinition.sum("membersReached", "推送覆盖成员（家次）", "Member units reached", PUSH, "membersReached"),
                MetricDefinition.count("memberTrainings", "会员培训场次", "Member trainings", MEMBER_TRAINING),
                MetricDefinition.sum("memberTrainees", "会员培训人次", "Member trainees", MEMBER_TRAINING, "trainees"));
    }
}
