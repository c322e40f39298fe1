package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.outlet.Outlet;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** The office's recommendation of an accredited outlet for national filing (国家网点备案, R-3.1) in one year. */
@Entity
public class NationalRecommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    @SequenceGenerator(name = "accreditation_seq", sequenceName = "accreditation_seq", allocationSize = 50)
    private Long id;

    private int year;

    @ManyToOne(optional = false)
    private Outlet outlet;

    private String reason;
    private Instant recommendedAt;
    private String recommendedBy;

    protected NationalRecommendation() {
    }

    NationalRecommendation(int year, Outlet outlet, String reason, Instant recommendedAt, String recommendedBy) {
        this.year = year;
        this.outlet = outlet;
        this.reason = reason;
        this.recommendedAt = recommendedAt;
        this.recommendedBy = recommendedBy;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecommendedAt() {
        return recommendedAt;
    }

    public String getRecommendedBy() {
        return recommendedBy;
    }
}
