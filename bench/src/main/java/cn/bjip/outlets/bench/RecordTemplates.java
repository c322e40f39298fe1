package cn.bjip.outlets.bench;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.plugin.spi.Choice;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import cn.bjip.outlets.record.BeneficiaryKind;
import cn.bjip.outlets.record.IpFieldMask;
import cn.bjip.outlets.record.RecordCheck;
import cn.bjip.outlets.record.RecordInput;
import cn.bjip.outlets.record.ServiceKind;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Plausible records of one network type, made from its plugin's forms alone: every field gets a value of its type
 * within its bounds (optional ones most of the time), and only what passes the portal's own record check (core rules,
 * field rules and the plugin's rules) is kept. Records then take a template at random and a date of their own.
 */
final class RecordTemplates {

    /** The part of a {@code service_record} row before and after its service date, as CSV cells. */
    record Template(String formId, String beforeDate, String afterDate) {
    }

    private static final int PER_FORM = 300;
    private static final int ATTEMPTS = 40;
    private static final LocalDate SAMPLE_DAY = LocalDate.of(2025, 6, 16);
    private static final List<String> TOPICS = List.of("专利检索实务", "商标品牌保护", "地理标志与乡村振兴",
            "知识产权信息利用", "专利导航与产业分析", "海外知识产权风险防控", "高价值专利培育", "企业知识产权管理规范",
            "数据知识产权登记", "专利转化运用", "知识产权质押融资", "新一代信息技术产业专利态势");
    private static final List<String> ORGANISATIONS = List.of("北京示例科技有限公司", "中关村示例生物医药有限公司",
            "北京示例大学技术转移中心", "示例新材料研究院", "北京示例智能装备有限公司", "示例文化创意有限公司");

    private final List<Template> templates = new ArrayList<>();

    RecordTemplates(NetworkTypePlugin plugin, Random random) {
        for (RecordForm form : plugin.recordForms()) {
            int kept = 0;
            for (int attempt = 0; attempt < PER_FORM * ATTEMPTS && kept < PER_FORM; attempt++) {
                Template template = attempt(plugin, form, random);
                if (template != null) {
                    templates.add(template);
                    kept++;
                }
            }
            if (kept == 0) {
                throw new IllegalStateException("no generated record of form " + plugin.id() + "/" + form.id() + " passes its checks");
            }
        }
    }

    Template pick(Random random) {
        return templates.get(random.nextInt(templates.size()));
    }

    int size() {
        return templates.size();
    }

    private static Template attempt(NetworkTypePlugin plugin, RecordForm form, Random random) {
        Map<String, Object> raw = new HashMap<>();
        for (FormField field : form.fields()) {
            if (!field.retired() && field.pattern() == null && (field.required() || random.nextDouble() < 0.6)) {
                raw.put(field.key(), value(field, random));
            }
        }
        boolean charged = random.nextDouble() < 0.25;
        BigDecimal fee = charged ? BigDecimal.valueOf(20 + 10L * random.nextInt(50)) : null;
        ServiceKind kind = ServiceKind.values()[random.nextInt(ServiceKind.values().length)];
        Set<IpField> fields = random.nextDouble() < 0.7 ? EnumSet.of(IpField.PATENT)
                : random.nextDouble() < 0.7 ? EnumSet.of(IpField.PATENT, IpField.TRADEMARK) : EnumSet.allOf(IpField.class);
        BeneficiaryKind beneficiary = BeneficiaryKind.values()[random.nextInt(BeneficiaryKind.values().length)];
        int count = (int) Math.min(5000, 1 + Math.floor(Math.exp(1.5 + random.nextGaussian())));
        String summary = TOPICS.get(random.nextInt(TOPICS.size()));
        RecordInput input = new RecordInput(form.id(), kind, fields, SAMPLE_DAY, beneficiary, count, charged, fee, summary, raw);
        Map<String, Object> values;
        try {
            values = RecordCheck.check(plugin, form, input, SAMPLE_DAY);
        } catch (BusinessRuleViolation refused) {
            return null;
        }
        String before = String.join(",", Copy.cell(form.id()), String.valueOf(form.version()), kind.name(),
                String.valueOf(new IpFieldMask().convertToDatabaseColumn(fields)));
        String after = String.join(",", beneficiary.name(), String.valueOf(count), String.valueOf(charged),
                Copy.cell(fee), Copy.cell(summary), Copy.cell(json(values)));
        return new Template(form.id(), before, after);
    }

    private static Object value(FormField field, Random random) {
        List<Choice> choices = field.choices();
        return switch (field.type()) {
            case TEXT, FILE_REFERENCE -> fit(random.nextBoolean() ? TOPICS.get(random.nextInt(TOPICS.size()))
                    : ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size())), field);
            case LONG_TEXT -> fit("围绕" + TOPICS.get(random.nextInt(TOPICS.size())) + "开展服务，面向"
                    + ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size())) + "等单位。", field);
            case INTEGER, PERSON_COUNT -> BigDecimal.valueOf(number(field, random));
            case DECIMAL -> BigDecimal.valueOf(number(field, random) * 10 + 50);
            case DATE -> SAMPLE_DAY.minusDays(random.nextInt(300)).toString();
            case BOOLEAN -> random.nextBoolean();
            case CHOICE -> choices.get(random.nextInt(choices.size())).value();
            case MULTI_CHOICE -> List.of(choices.get(random.nextInt(choices.size())).value());
        };
    }

    /** Small numbers are common, large ones rare; within the field's bounds. */
    private static long number(FormField field, Random random) {
        long min = field.min() == null ? 0 : field.min().longValue();
        long max = field.max() == null ? 10_000 : field.max().longValue();
        long value = min + (long) Math.floor(Math.exp(random.nextGaussian() * 1.2 + 1.5));
        return Math.max(min, Math.min(max, value));
    }

    private static String fit(String text, FormField field) {
        return field.maxLength() != null && text.length() > field.maxLength() ? text.substring(0, field.maxLength()) : text;
    }

    /** The checked values as the portal stores them in {@code data} (jsonb): dates ISO, numbers as numbers. */
    static String json(Map<String, Object> values) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        values.forEach((key, value) -> {
            switch (value) {
                case Boolean b -> object.add(key, b);
                case BigDecimal d -> object.add(key, d);
                case Long l -> object.add(key, l);
                case Integer i -> object.add(key, i);
                case List<?> list -> {
                    JsonArrayBuilder array = Json.createArrayBuilder();
                    list.forEach(item -> array.add(item.toString()));
                    object.add(key, array);
                }
                default -> object.add(key, value.toString());
            }
        });
        return object.build().toString();
    }
}
