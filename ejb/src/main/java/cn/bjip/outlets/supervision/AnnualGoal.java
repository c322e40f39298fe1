package cn.bjip.outlets.supervision;

import cn.bjip.outlets.outlet.Outlet;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A work goal of a year (Art. 13, R-13.1): a target on one metric of a network type's plugin, for every outlet of
 * the type, or for one outlet, whose own target then replaces its type's.
 */
@Entity
public class AnnualGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
    @SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "year")
    private int year;

    private String networkType;

    /** The outlet the goal is for; null when it is for every outlet of the type. */
    @ManyToOne
    private Outlet outlet;

    private String metricId;
    private BigDecimal target;
    private Instant setAt;
    private String setBy;

    protected AnnualGoal() {
    }

    AnnualGoal(int year, String networkType, Outlet outlet, String metricId) {
        this.year = year;
        this.networkType = networkType;
        this.outlet = outlet;
        this.metricId = metricId;
    }

    void target(BigDecimal target, Instant at, String by) {
        this.target = target;
        setAt = at;
        setBy = by;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getNetworkType() {
        return networkType;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public String getMetricId() {
        return metricId;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public Instant getSetAt() {
        return setAt;
    }

    public String getSetBy() {
        return setBy;
    }
}
