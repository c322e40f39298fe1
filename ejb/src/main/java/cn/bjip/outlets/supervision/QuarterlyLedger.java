package cn.bjip.outlets.supervision;

import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An outlet's quarterly work ledger (季度工作台账, Art. 14, R-14.1): submitted by the outlet with its remarks; while
 * submitted, the quarter's service records are frozen; center staff can reopen it for a correction.
 */
@Entity
public class QuarterlyLedger {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
    @SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    private Outlet outlet;

    @Column(name = "year")
    private int year;

    private int quarter;

    @Enumerated(EnumType.STRING)
    private LedgerState state;

    private String remarks;
    private Instant submittedAt;
    private String submittedBy;
    private Instant reopenedAt;
    private String reopenedBy;
    private String reopenReason;

    @Version
    private long version;

    protected QuarterlyLedger() {
    }

    QuarterlyLedger(Outlet outlet, int year, int quarter) {
        this.outlet = outlet;
        this.year = year;
        this.quarter = quarter;
        this.state = LedgerState.NOT_SUBMITTED;
    }

    void submit(String remarks, Instant at, String by) {
        if (state == LedgerState.SUBMITTED) {
            throw new BusinessRuleViolation("ledger.submitted", null, String.valueOf(year), quarter);
        }
        this.remarks = remarks;
        state = LedgerState.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
    }

    void reopen(String reason, Instant at, String by) {
        if (state != LedgerState.SUBMITTED) {
            throw new BusinessRuleViolation("ledger.notSubmitted", null, String.valueOf(year), quarter);
        }
        state = LedgerState.REOPENED;
        reopenReason = reason;
        reopenedAt = at;
        reopenedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public LedgerState getState() {
        return state;
    }

    public String getRemarks() {
        return remarks;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getReopenedAt() {
        return reopenedAt;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public long getVersion() {
        return version;
    }
}
