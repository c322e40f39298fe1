package cn.bjip.outlets.plugin.library;

import static cn.bjip.outlets.plugin.spi.FieldType.BOOLEAN;
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
 * Public libraries (Art. 8 (3)): IP reference consultation, and exhibitions, lectures, forums, salons,
 * open classes and reading promotion that spread basic IP knowledge, with their audience.
 */
public final class LibraryPlugin implements NetworkTypePlugin {

    static final String OUTREACH_EVENT = "outreachEvent";
    static final String REFERENCE_CONSULTATION = "referenceConsultation";

    @Override
    public String id() {
        return "library";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("公共图书馆", "Public library");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "结合参考咨询开展知识产权信息咨询，举办展览、讲座、论坛、沙龙、公开课、阅读推广等活动。",
                "IP information consultation alongside reference services; exhibitions, lectures, forums, "
                        + "salons, open classes and reading promotion.");
    }

    @Override
    public List<RecordForm> recordForms() {
        return List.of(
                RecordForm.of(OUTREACH_EVENT, "宣传推广活动", "Outreach event",
                        FormField.choice("eventKind", "活动类型", "Event kind",
                                Choice.of("exhibition", "展览", "Exhibition"),
                                Choice.of("lecture", "讲座", "Lecture"),
                                Choice.of("forum", "论坛", "Forum"),
                                Choice.of("salon", "沙龙", "Salon"),
                                Choice.of("openClass", "公开课", "Open class"),
                                Choice.of("readingPromotion", "阅读推广", "Reading promotion")).asRequired(),
                        FormField.of("title", TEXT, "活动名称", "Title").asRequired().maxLength(200),
                        FormField.of("venue", TEXT, "活动地点", "Venue").maxLength(200),
                        FormField.of("attendance", PERSON_COUNT, "参与人数", "Attendance").asRequired().max(100_000),
                        FormField.of("online", BOOLEAN, "线上举办", "Held online")),
                RecordForm.of(REFERENCE_CONSULTATION, "参考咨询", "Reference consultation",
                        FormField.of("topic", TEXT, "咨询主题", "Topic").asRequired().maxLength(200),
                        FormField.choice("channel", "咨询方式", "Channel",
                                Choice.of("onSite", "到馆", "On site"),
                                Choice.of("phone", "电话", "Phone"),
                                Choice.of("online", "网络", "Online")).asRequired(),
                        FormField.of("questions", INTEGER, "问题数", "Questions answered").asRequired().min(1).max(1_000),
                        FormField.of("resolved", BOOLEAN, "已解决", "Resolved")));
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.count("eventsHeld", "举办活动场次", "Events held", OUTREACH_EVENT),
                MetricDefinition.sum("eventAttendance", "活动参与人次", "Event attendance", OUTREACH_EVENT, "attendance"),
                MetricDefinition.count("exhibitions", "展览场次", "Exhibitions", OUTREACH_EVENT).where("eventKind", "exhibition"),
                MetricDefinition.ratio("attendancePerEvent", "场均参与人次", "Attendance per event",
                        "eventAttendance", "eventsHeld"),
                MetricDefinition.count("consultations", "参考咨询次数", "Reference consultations", REFERENCE_CONSULTATION),
                MetricDefinition.sum("questionsAnswered", "解答问题数", "Questions answered",
                        REFERENCE_CONSULTATION, "questions"),
                MetricDefinition.count("consultationsResolved", "已解决咨询", "Consultations resolved",
                        REFERENCE_CONSULTATION).where("resolved", "true"));
    }
}
