package cn.bjip.outlets.outlet;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One field of a change filing, as people read it: the field's name and its old and new values in words (a district
 * by its name). A filing keeps its changes as "field: old → new" lines in program names ({@link InstitutionProfile});
 * this turns them into words when shown.
 */
public record ProfileDifference(String field, LocalizedText label, LocalizedText before, LocalizedText after) {

    private static final String ARROW = " → ";

    private static final Map<String, LocalizedText> LABELS = Map.of(
            "name", LocalizedText.of("机构名称", "Name"),
            "nameEn", LocalizedText.of("英文名称", "English name"),
            "district", LocalizedText.of("所在区", "District"),
            "address", LocalizedText.of("地址", "Address"),
            "principal", LocalizedText.of("负责人", "Principal"),
            "phone", LocalizedText.of("联系电话", "Phone"),
            "email", LocalizedText.of("电子邮箱", "E-mail"),
            "mainServices", LocalizedText.of("主要服务事项", "Main service items"),
            "serviceHours", LocalizedText.of("服务时间", "Service hours"));

    /** The name of a profile field by its program name (the name itself for one unknown here). */
    public static LocalizedText label(String field) {
        return LABELS.getOrDefault(field, LocalizedText.of(field, field));
    }

    /** The differences a filing stored, in words. */
    public static List<ProfileDifference> of(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n")).filter(line -> line.contains(": ")).map(line -> {
            String field = line.substring(0, line.indexOf(": "));
            String values = line.substring(line.indexOf(": ") + 2);
            int arrow = values.indexOf(ARROW);
            String before = arrow < 0 ? "" : values.substring(0, arrow);
            String after = arrow < 0 ? values : values.substring(arrow + ARROW.length());
            return new ProfileDifference(field, label(field), value(field, before), value(field, after));
        }).toList();
    }

    private static LocalizedText value(String field, String value) {
        if ("district".equals(field)) {
            return Arrays.stream(BeijingDistrict.values()).filter(d -> d.name().equals(value)).findFirst()
                    .map(BeijingDistrict::label).orElse(LocalizedText.of(value, value));
        }
        return LocalizedText.of(value, value);
    }
}
