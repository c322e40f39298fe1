package cn.bjip.outlets.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The generated network has the shape issue 13 asks for, and the same seed gives the same network. */
class DataShapeTest {

    private static final List<NetworkTypePlugin> PLUGINS = ServiceLoader.load(NetworkTypePlugin.class).stream()
            .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(NetworkTypePlugin::id)).toList();

    @Test
    @DisplayName("issue 13: 2,000 outlets over every type and district; three giants with a tenth of the records each, most with hundreds to thousands of 10 M")
    void skewedNetwork() {
        NetworkPlan plan = NetworkPlan.of(PLUGINS, 2000, new Random(1));
        assertEquals(2000, plan.outlets().size());
        assertEquals(PLUGINS.size(), plan.outlets().stream().map(o -> o.plugin().id()).distinct().count());
        assertEquals(16, plan.outlets().stream().map(NetworkPlan.PlannedOutlet::district).distinct().count());
        assertEquals("BJ-LIBRARY-001", plan.outlets().get(1).code());
        assertEquals(1.0, plan.outlets().stream().mapToDouble(NetworkPlan.PlannedOutlet::share).sum(), 1e-9);
        double[] records = plan.outlets().stream().skip(NetworkPlan.GIANTS).mapToDouble(o -> o.share() * 10_000_000).sorted().toArray();
        double median = records[records.length / 2];
        assertTrue(median > 500 && median < 5000, "median outlet: " + median);
        long middle = Arrays.stream(records).filter(r -> r >= 100 && r <= 20_000).count();
        assertTrue(middle > 0.9 * records.length, middle + " of " + records.length + " between 100 and 20,000");

        int[] picked = new int[2000];
        Random random = new Random(2);
        for (int i = 0; i < 1_000_000; i++) {
            picked[(int) plan.pick(random).id() - 1]++;
        }
        for (int giant = 0; giant < NetworkPlan.GIANTS; giant++) {
            assertEquals(100_000, picked[giant], 2_000, "a giant's tenth");
        }
        assertEquals(plan.outlets().get(500).share() * 1_000_000, picked[500], 5 * Math.sqrt(picked[500] + 1) + 1,
                "every outlet picked as often as its share");
    }

    @Test
    @DisplayName("issue 13: records by day add up exactly; February and weekends are quieter than April weekdays")
    void seasons() {
        ServiceDays days = new ServiceDays(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 11, 30), 10_000_000);
        assertEquals(10_000_000, IntStream.range(0, days.days()).mapToLong(days::count).sum());
        long aprilTuesday = count(days, LocalDate.of(2025, 4, 22));
        assertTrue(count(days, LocalDate.of(2025, 2, 11)) < aprilTuesday, "February");
        assertTrue(count(days, LocalDate.of(2025, 4, 26)) < aprilTuesday / 4, "a Saturday");
    }

    @Test
    @Tag("R-8.1")
    @DisplayName("R-8.1 every form of every plugin yields records that pass the portal's record check; the same seed gives the same records")
    void templates() {
        for (NetworkTypePlugin plugin : PLUGINS) {
            RecordTemplates templates = new RecordTemplates(plugin, new Random(3));
            Set<String> forms = new HashSet<>();
            Random pick = new Random(4);
            for (int i = 0; i < 5000; i++) {
                RecordTemplates.Template template = templates.pick(pick);
                forms.add(template.formId());
                String data = template.afterDate().substring(template.afterDate().indexOf(",\"{") + 2);
                jakarta.json.Json.createReader(new StringReader(data.substring(0, data.length() - 1).replace("\"\"", "\""))).readObject();
            }
            assertEquals(plugin.recordForms().stream().map(f -> f.id()).collect(Collectors.toSet()), forms, plugin.id());
            RecordTemplates again = new RecordTemplates(plugin, new Random(3));
            assertEquals(templates.pick(new Random(9)), again.pick(new Random(9)), "reproducible from the seed");
        }
    }

    @Test
    @DisplayName("issue 13: COPY's CSV cells: NULL empty, an empty text quoted, commas, quotes and line breaks quoted with quotes doubled")
    void cells() {
        assertEquals("", Copy.cell(null));
        assertEquals("\"\"", Copy.cell(""));
        assertEquals("专利", Copy.cell("专利"));
        assertEquals("\"a,b\"", Copy.cell("a,b"));
        assertEquals("\"{\"\"k\"\":1}\"", Copy.cell("{\"k\":1}"));
        assertEquals("\"two\nlines\"", Copy.cell("two\nlines"));
    }

    @Test
    @DisplayName("issue 13: an unknown flag, a flag without its value or an empty network is refused before anything is written")
    void options() {
        assertEquals(200, DataGenerator.Options.parse(new String[] {"--outlets", "200"}, 0).outlets());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DataGenerator.Options.parse(new String[] {"--record", "100"}, 0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DataGenerator.Options.parse(new String[] {"--records"}, 0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DataGenerator.Options.parse(new String[] {"--outlets", "0"}, 0));
    }

    private static long count(ServiceDays days, LocalDate day) {
        return days.count((int) (day.toEpochDay() - LocalDate.of(2024, 1, 1).toEpochDay()));
    }
}
