package cn.bjip.outlets.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/** One reminder of one event for one person (written by {@link Reminders}, which keeps it unique). */
@Entity
public class Reminder {

    /** What happened to its e-mail. */
    public enum MailResult { SENT, MAIL_OFF, NO_ADDRESS }

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private ReminderKind kind;

    @Column(name = "event_key")
    private String eventKey;

    private String recipient;
    private String arguments;
    private String link;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_result")
    private MailResult mailResult;

    protected Reminder() {
    }

    void mailed(MailResult result, Instant at) {
        this.mailResult = result;
        this.mailedAt = at;
    }

    public Long getId() {
        return id;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public String getEventKey() {
        return eventKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getArguments() {
        return arguments;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MailResult getMailResult() {
        return mailResult;
    }
}
