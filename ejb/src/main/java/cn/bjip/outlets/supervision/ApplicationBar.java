package cn.bjip.outlets.supervision;

import cn.bjip.outlets.outlet.Outlet;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;

/** An institution may not apply for accreditation until a day, for a reason (Art. 14, Art. 15). */
@Entity
public class ApplicationBar {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
    @SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
    private Long id;

    private String institution;

    @ManyToOne
    private Outlet outlet;

    @Enumerated(EnumType.STRING)
    private BarReason reasonKind;

    private String reason;
    private LocalDate barredUntil;
    private Instant createdAt;
    private String createdBy;

    protected ApplicationBar() {
    }

    ApplicationBar(Outlet outlet, BarReason reasonKind, String reason, LocalDate barredUntil, Instant createdAt,
                   String createdBy) {
        this.institution = outlet.getNameZh();
        this.outlet = outlet;
        this.reasonKind = reasonKind;
        this.reason = reason;
        this.barredUntil = barredUntil;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String getInstitution() {
        return institution;
    }

    public BarReason getReasonKind() {
        return reasonKind;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getBarredUntil() {
        return barredUntil;
    }
}
