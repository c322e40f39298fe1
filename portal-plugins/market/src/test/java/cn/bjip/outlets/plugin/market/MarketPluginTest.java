package cn.bjip.outlets.plugin.market;

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
@Tag("market")
class MarketPluginTest {

    private final MarketPlugin plugin = new MarketPlugin();

    @Test
    @DisplayName("P-1 the market plugin is discoverable through its service file")
    void discoverable() {
        assertEquals(List.of("market"), ServiceLoader.load(NetworkTypePlugin.class).stream()
                .map(provider -> provider.get().id()).toList());
    }

    @Test
    @Tag("R-8.1")
    @DisplayName("R-8.1 its forms and metrics fit together")
    void declarationsConsistent() {
        assertEquals(List.of(), DeclarationCheck.problems(plugin));
    }

    @Test
    @Tag("R-8.2")
    @DisplayName("R-8.2 a free public-welfare service charges nothing; a low-cost one charges a fee and states the market price it is below")
    void freeOrLowCost() {
        String form = MarketPlugin.PUBLIC_WELFARE;
        assertEquals(List.of(), fields(plugin.check(form, Map.of("welfareBasis", "free"), core(false, null))));
        assertEquals(List.of("feeAmount"), fields(plugin.check(form, Map.of("welfareBasis", "free"), core(true, "50"))));
        assertEquals(List.of("feeAmount"), fields(plugin.check(form, Map.of("welfareBasis", "lowCost"), core(false, null))));
        assertEquals(List.of("marketPrice"), fields(plugin.check(form, Map.of("welfareBasis", "lowCost"), core(true, "50"))),
                "a low-cost service states its market price");
        assertEquals(List.of(), fields(plugin.check(form,
                Map.of("welfareBasis", "lowCost", "marketPrice", new BigDecimal("80")), core(true, "50"))));
        assertEquals(List.of("feeAmount"), fields(plugin.check(form,
                Map.of("welfareBasis", "lowCost", "marketPrice", new BigDecimal("40")), core(true, "50"))));
    }

    static CoreFacts core(boolean charged, String fee) {
        return new CoreFacts(LocalDate.of(2026, 5, 1), 1, charged, fee == null ? null : new BigDecimal(fee));
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
