package cn.bjip.outlets.plugin.park;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bjip.outlets.plugin.spi.CoreFacts;
import cn.bjip.outlets.plugin.spi.DeclarationCheck;
import cn.bjip.outlets.plugin.spi.FieldProblem;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("P-1")
@Tag("P-2")
@Tag("park")
class ParkPluginTest {

    private final ParkPlugin plugin = new ParkPlugin();

    @Test
    @DisplayName("P-1 the park plugin is discoverable through its service file")
    void discoverable() {
        assertEquals(List.of("park"), ServiceLoader.load(NetworkTypePlugin.class).stream()
                .map(provider -> provider.get().id()).toList());
    }

    @Test
    @Tag("R-8.1")
    @DisplayName("R-8.1 its forms and metrics fit together")
    void declarationsConsistent() {
        assertEquals(List.of(), DeclarationCheck.problems(plugin));
    }

    @Test
    @DisplayName("R-8.1 a matchmaking event with agreements needs participants")
    void dealsNeedParticipants() {
        assertEquals(List.of("deals"), fields(plugin.check(ParkPlugin.MATCHMAKING,
                Map.of("deals", 1L, "enterprises", 0L, "institutions", 0L), core(false, null))));
        assertEquals(List.of(), fields(plugin.check(ParkPlugin.MATCHMAKING,
                Map.of("deals", 1L, "enterprises", 3L, "institutions", 0L), core(false, null))));
    }

    static CoreFacts core(boolean charged, String fee) {
        return new CoreFacts(LocalDate.of(2026, 5, 1), 1, charged, fee == null ? null : new BigDecimal(fee));
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
