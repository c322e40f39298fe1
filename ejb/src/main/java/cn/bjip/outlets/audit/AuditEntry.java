package cn.bjip.outlets.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the audit trail: who did what to which entity, when, and whether it was done or refused. Never
 * updated; numbered without gaps and chained to the entry before it by its hash ({@link AuditChain}).
 */
@Entity
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String entityType;

    @Column(nullable = false, updatable = false)
    private String entityId;

    @Column(updatable = false, length = 2000)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditResult result;

    @Column(nullable = false, updatable = false, unique = true)
    private long seq;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    /** The entry after {@code last} (null: the first of the trail), its time as the database keeps it (microseconds). */
    AuditEntry(AuditEntry last, Instant at, String actor, String action, String entityType, String entityId, String detail,
               AuditResult result) {
        this.at = at.truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        this.result = result;
        this.seq = last == null ? 1 : last.seq + 1;
        this.previousHash = last == null ? AuditChain.GENESIS : last.hash;
        this.hash = AuditChain.hashOf(link());
    }

    AuditChain.Link link() {
        return new AuditChain.Link(seq, at, actor, action, entityType, entityId, detail, result.name(), previousHash, hash);
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

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getDetail() {
        return detail;
    }

    public AuditResult getResult() {
        return result;
    }

    public long getSeq() {
        return seq;
    }
}
