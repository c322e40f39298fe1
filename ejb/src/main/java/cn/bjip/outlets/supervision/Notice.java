package cn.bjip.outlets.supervision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A training, guidance or exchange event published to outlets, all or some network types (Art. 11, R-11.1). */
@Entity
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
    @SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    private NoticeKind kind;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 4000)
    private String body;

    /** The day of the event, if it is one. */
    private LocalDate eventOn;

    @ElementCollection
    @CollectionTable(name = "notice_audience", joinColumns = @JoinColumn(name = "notice_id"))
    @Column(name = "network_type")
    private Set<String> audience = new TreeSet<>();

    private Instant publishedAt;
    private String publishedBy;

    protected Notice() {
    }

    /** The notice {@code draft} writes, not yet published. */
    Notice(NoticeDraft draft) {
        this.kind = draft.getKind();
        this.title = draft.getTitle();
        this.body = draft.getBody();
        this.eventOn = draft.getEventOn();
        this.audience = new TreeSet<>(draft.getAudience());
    }

    void published(Instant at, String by) {
        publishedAt = at;
        publishedBy = by;
    }

    public Long getId() {
        return id;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getEventOn() {
        return eventOn;
    }

    /** The network types the notice is for; empty for every outlet. */
    public Set<String> getAudience() {
        return audience;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
