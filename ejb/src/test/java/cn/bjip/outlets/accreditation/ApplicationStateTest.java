package cn.bjip.outlets.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("R-5.2")
@Tag("R-5.4")
class ApplicationStateTest {

    @Test
    @DisplayName("R-5.2 only drafts and returned applications are editable; a returned one can be resubmitted")
    void editing() {
        assertEquals(EnumSet.of(ApplicationState.DRAFT, ApplicationState.RETURNED),
                EnumSet.copyOf(EnumSet.allOf(ApplicationState.class).stream().filter(ApplicationState::editable).toList()));
        assertTrue(ApplicationState.RETURNED.canMoveTo(ApplicationState.SUBMITTED));
    }

    @Test
    @DisplayName("R-5.4 no shortcut: a draft cannot be scored or decided, a decision is final")
    void noShortcuts() {
        assertFalse(ApplicationState.DRAFT.canMoveTo(ApplicationState.SCORED));
        assertFalse(ApplicationState.SUBMITTED.canMoveTo(ApplicationState.ACCREDITED));
        assertFalse(ApplicationState.IN_EXPERT_REVIEW.canMoveTo(ApplicationState.ACCREDITED));
        assertEquals(EnumSet.of(ApplicationState.ACCREDITED, ApplicationState.REJECTED), ApplicationState.SCORED.next());
        assertTrue(ApplicationState.ACCREDITED.next().isEmpty());
        assertTrue(ApplicationState.REJECTED.next().isEmpty());
    }
}
