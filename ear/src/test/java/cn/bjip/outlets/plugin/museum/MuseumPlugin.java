package cn.bjip.outlets.plugin.museum;

import static cn.bjip.outlets.plugin.spi.FieldType.PERSON_COUNT;
import static cn.bjip.outlets.plugin.spi.FieldType.TEXT;

import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.util.List;

/**
 * A seventh network type that exists only in the tests: science museums. It depends on the plugin SPI alone, and
 * the test that deploys it changes nothing in ejb/ or web/ (P-1).
 */
public final class MuseumPlugin implements NetworkTypePlugin {

    @Override
    public String id() {
        return "museum";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("科技馆", "Science museum");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("在展厅开展知识产权科普。", "IP popular science in the exhibition halls.");
    }

    @Override
    public List<RecordForm> recordForms() {
        return List.of(RecordForm.of("guidedTour", "知识产权科普导览", "IP guided tour",
                FormField.of("hall", TEXT, "展厅", "Hall").asRequired().maxLength(100),
                FormField.of("visitors", PERSON_COUNT, "观众人数", "Visitors").asRequired().max(10_000)));
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(MetricDefinition.count("tours", "导览场次", "Tours", "guidedTour"),
                MetricDefinition.sum("visitors", "观众人次", "Visitors", "guidedTour", "visitors"));
    }
}
