package cn.bjip.outlets.outlet;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.time.Instant;

/** A change of an outlet's details filed by the outlet: in force only once center staff approve it. */
@Entity
public class OutletChange {

    public enum State { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    @SequenceGenerator(name = "accreditation_seq", sequenceName = "accreditation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    private Outlet outlet;

    @Enumerated(EnumType.STRING)
    private State state = State.PENDING;

    @Embedded
    @Valid
    @ConvertGroup(from = Default.class, to = InstitutionProfile.Complete.class)
    private InstitutionProfile details;

    /** What the filing changes, as "field: old → new" lines, kept as it was when filed. */
    private String previous;

    private Instant filedAt;
    private String filedBy;
    private Instant decidedAt;
    private String decidedBy;
    private String decisionNote;

    @Version
    private long version;

    protected OutletChange() {
    }

    OutletChange(Outlet outlet, InstitutionProfile details, String previous, Instant filedAt, String filedBy) {
        this.outlet = outlet;
        this.details = details.copy();
        this.previous = previous;
        this.filedAt = filedAt;
        this.filedBy = filedBy;
    }

    void decide(boolean approved, String note, Instant at, String by) {
        state = approved ? State.APPROVED : State.REJECTED;
        decisionNote = note;
        decidedAt = at;
        decidedBy = by;
        if (approved) {
            outlet.setProfile(details);
        }
    }

    public Long getId() {
        return id;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public State getState() {
        return state;
    }

    public InstitutionProfile getDetails() {
        return details.copy();
    }

    public String getPrevious() {
        return previous;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public long getVersion() {
        return version;
    }
}
