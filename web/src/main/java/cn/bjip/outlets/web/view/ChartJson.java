package cn.bjip.outlets.web.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/** Chart.js configurations for PrimeFaces' {@code p:chart}. */
final class ChartJson {

    private ChartJson() {
    }

    static String bar(List<String> labels, String title, List<? extends Number> data) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder dataArray = Json.createArrayBuilder();
        data.forEach(value -> dataArray.add(value == null ? BigDecimal.ZERO : new BigDecimal(value.toString())));
        // counts get whole-number ticks (no 0.5 visitors)
        boolean counts = data.stream().allMatch(v -> v == null || new BigDecimal(v.toString()).stripTrailingZeros().scale() <= 0);
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (counts) {
            y.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labelArray)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", title).add("data", dataArray).add("backgroundColor", "#1d4ed8"))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", title)))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", y)))
                .build().toString();
    }
}
