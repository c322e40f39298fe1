package cn.bjip.outlets.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.accreditation.ApplicationState;
import cn.bjip.outlets.outlet.OutletStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("UX-3")
@Tag("RS-5")
class AuditWordsTest {

    /**
     * {@code audit.record("record.created", "ServiceRecord", ...)} or {@code audit.record(on ? "a" : "b", "Plugin", ...)}:
     * the action's literals and the kind of object, as the code writes them.
     */
    private static final Pattern RECORDED = Pattern.compile("audit\\.record\\(([^,]+),\\s*\"(\\w+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([\\w.]+)\"");

    @Test
    @DisplayName("UX-3 every action and object kind the code records in the audit trail has a name in Chinese and in English")
    void everyRecordedActionHasAName() throws IOException {
        List<String> actions = new ArrayList<>(List.of("access.denied"));
        TreeSet<String> objects = new TreeSet<>(List.of("Operation"));
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher call = RECORDED.matcher(Files.readString(file));
                    while (call.find()) {
                        Matcher literal = LITERAL.matcher(call.group(1));
                        while (literal.find()) {
                            if (!literal.group(1).endsWith(".")) { // "application." + state: the states below
                                actions.add(literal.group(1));
                            }
                        }
                        objects.add(call.group(2));
                    }
                }
            }
        }
        for (ApplicationState state : ApplicationState.values()) {
            actions.add("application." + state.name().toLowerCase(Locale.ROOT));
        }
        for (OutletStatus status : OutletStatus.values()) {
            if (status != OutletStatus.ACTIVE) {
                actions.add("outlet." + status.name().toLowerCase(Locale.ROOT));
            }
        }
        assertTrue(actions.size() > 40, "the scan found the recorded actions: " + actions);
        List<String> unnamed = actions.stream().filter(a -> AuditWords.known(a).isEmpty()).distinct().sorted().toList();
        assertEquals(List.of(), unnamed, "actions without a name");
        assertEquals(List.of(), objects.stream().filter(o -> !AuditWords.knowsObject(o)).toList(), "object kinds without a name");
        assertEquals("导入服务记录", AuditWords.action("record.imported").zh());
        assertEquals("Service records imported", AuditWords.action("record.imported").en());
    }
}
