package cn.bjip.outlets.accreditation;

import java.io.Serializable;
import java.time.Instant;

/** One move of an application between states: who, when, from, to and why. */
public record Transition(long id, Instant at, String actor, ApplicationState fromState, ApplicationState toState,
                         String reason) implements Serializable {

    static Transition of(ApplicationTransition t) {
        return new Transition(t.getId(), t.getAt(), t.getActor(), t.getFromState(), t.getToState(), t.getReason());
    }
}
