package cn.bjip.outlets.accreditation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One move of an application from one state to another: who, when, from, to and why. */
@Entity
public class ApplicationTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    @SequenceGenerator(name = "accreditation_seq", sequenceName = "accreditation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Application application;

    private Instant at;
    private String actor;

    @Enumerated(EnumType.STRING)
    private ApplicationState fromState;

    @Enumerated(EnumType.STRING)
    private ApplicationState toState;

    private String reason;

    protected ApplicationTransition() {
    }

    ApplicationTransition(Application application, Instant at, String actor, ApplicationState from,
                          ApplicationState to, String reason) {
        this.application = application;
        this.at = at;
        this.actor = actor;
        this.fromState = from;
        this.toState = to;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public ApplicationState getFromState() {
        return fromState;
    }

    public ApplicationState getToState() {
        return toState;
    }

    public String getReason() {
        return reason;
    }
}
