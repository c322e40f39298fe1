package cn.bjip.outlets.plugin.university;

import static cn.bjip.outlets.plugin.spi.FieldType.BOOLEAN;
import static cn.bjip.outlets.plugin.spi.FieldType.DATE;
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
 * Universities (Art. 8 (1)): IP-information courses for students and faculty, IP-information training, an IP
 * literacy talent archive, support for research, discipline building and technology transfer, and industry
 * patent analysis where the outlet is able.
 */
public final class UniversityPlugin implements NetworkTypePlugin {

    static final String COURSE = "infoCourse";
    static final String TRAINING = "infoTraining";
    static final String TALENT_ARCHIVE = "literacyTalent";
    static final String RESEARCH_SUPPORT = "researchSupport";

    @Override
    public String id() {
        return "university";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("高校", "University");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "面向师生开设知识产权信息利用课程，举办信息分析利用培训，建立素养教育人才档案，服务科技创新、学科建设和成果转化。",
                "IP-information courses and training for students and faculty, an IP literacy talent archive, "
                        + "support for research, discipline building and technology transfer.");
    }

    @Override
    public List<RecordForm> recordForms() {
        return List.of(
                RecordForm.of(COURSE, "知识产权信息利用课程", "IP-information course",
                        FormField.of("courseName", TEXT, "课程名称", "Course name").asRequired().maxLength(200),
                        FormField.of("academicYear", INTEGER, "学年（起始年）", "Academic year (first year)")
                                .asRequired().min(2000).max(2100),
                        FormField.choice("semester", "学期", "Semester",
                                Choice.of("autumn", "秋季学期", "Autumn"),
                                Choice.of("spring", "春季学期", "Spring"),
                                Choice.of("summer", "夏季学期", "Summer")).asRequired(),
                        FormField.choice("audience", "授课对象", "Audience",
                                Choice.of("undergraduate", "本科生", "Undergraduates"),
                                Choice.of("postgraduate", "研究生", "Postgraduates"),
                                Choice.of("faculty", "教职工", "Faculty"),
                                Choice.of("mixed", "混合", "Mixed")).asRequired(),
                        FormField.of("studentsEnrolled", PERSON_COUNT, "选课人数", "Students enrolled")
                                .asRequired().max(5_000),
                        FormField.of("hours", INTEGER, "学时", "Teaching hours").asRequired().min(1).max(200),
                        FormField.of("credited", BOOLEAN, "计入学分", "Counts for credit")),
                RecordForm.of(TRAINING, "信息分析利用培训", "IP-information training",
                        FormField.of("topic", TEXT, "培训主题", "Topic").asRequired().maxLength(200),
                        FormField.of("trainees", PERSON_COUNT, "培训人数", "Trainees").asRequired().max(5_000),
                        FormField.of("hours", INTEGER, "学时", "Hours").asRequired().min(1).max(100)),
                RecordForm.of(TALENT_ARCHIVE, "素养教育人才档案", "IP literacy talent record",
                        FormField.of("personName", TEXT, "姓名", "Name").asRequired().maxLength(50),
                        FormField.choice("personRole", "身份", "Role",
                                Choice.of("student", "学生", "Student"),
                                Choice.of("faculty", "教师", "Faculty"),
                                Choice.of("staff", "管理人员", "Staff")).asRequired(),
                        FormField.of("department", TEXT, "院系", "Department").asRequired().maxLength(100),
                        FormField.multiChoice("competencies", "具备能力", "Competencies",
                                Choice.of("patentSearch", "专利检索", "Patent search"),
                                Choice.of("trademarkSearch", "商标检索", "Trademark search"),
                                Choice.of("patentAnalysis", "专利分析", "Patent analysis"),
                                Choice.of("giKnowledge", "地理标志知识", "Geographical indications")).asRequired(),
                        FormField.of("certifiedOn", DATE, "认定日期", "Certified on")),
                RecordForm.of(RESEARCH_SUPPORT, "科研与成果转化支撑", "Research and transfer support",
                        FormField.choice("supportKind", "支撑类型", "Kind of support",
                                Choice.of("research", "科技创新", "Research"),
                                Choice.of("discipline", "学科建设", "Discipline building"),
                                Choice.of("transfer", "成果转化", "Technology transfer"),
                                Choice.of("industryAnalysis", "行业专利分析", "Industry patent analysis")).asRequired(),
                        FormField.of("projectName", TEXT, "项目或课题", "Project").asRequired().maxLength(200),
                        FormField.of("reportDelivered", BOOLEAN, "已交付报告", "Report delivered")));
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.count("coursesHeld", "开设课程门次", "Courses held", COURSE),
                MetricDefinition.sum("studentsEnrolled", "选课人次", "Students enrolled", COURSE, "studentsEnrolled"),
                MetricDefinition.sum("courseHours", "授课学时", "Teaching hours", COURSE, "hours"),
                MetricDefinition.ratio("studentsPerCourse", "课均选课人数", "Students per course",
                        "studentsEnrolled", "coursesHeld"),
                MetricDefinition.count("trainingsHeld", "培训场次", "Trainings held", TRAINING),
                MetricDefinition.sum("trainees", "培训人次", "Trainees", TRAINING, "trainees"),
                MetricDefinition.count("talentRecords", "素养人才档案数", "Talent records", TALENT_ARCHIVE),
                MetricDefinition.distinctCount("departmentsCovered", "覆盖院系数", "Departments covered",
                        TALENT_ARCHIVE, "department"),
                MetricDefinition.count("industryAnalyses", "行业专利分析项目", "Industry patent analyses",
                        RESEARCH_SUPPORT).where("supportKind", "industryAnalysis"));
    }
}
