package cn.bjip.outlets.plugin.association;

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
@Tag("association")
class AssociationPluginTest {

    private final AssociationPlugin plugin = new AssociationPlugin();

    @Test
    @DisplayName("P-1 the association plugin is discoverable through its service file")
    void discoverable() {
        assertEquals(List.of("association"), ServiceLoader.load(NetworkTypePlugin.class).stream()
                .map(provider -> provider.get().id()).toList());
    }

    @Test
    @Tag("R-8.1")
    @DisplayName("R-8.1 its forms and metrics fit together")
    void declarationsConsistent() {
        assertEquals(List.of(), DeclarationCheck.problems(plugin));
    }

    static CoreFacts core(boolean charged, String fee) {
        return new CoreFacts(LocalDate.of(2026, 5, 1), 1, charged, fee == null ? null : new BigDecimal(fee));
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
