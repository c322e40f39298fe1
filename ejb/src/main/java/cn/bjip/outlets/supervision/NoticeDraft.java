package cn.bjip.outlets.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A notice as center staff write it, before {@link NoticeService#publish} stores it. */
public class NoticeDraft implements Serializable {

    @NotNull
    private NoticeKind kind;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 4000)
    private String body;

    private LocalDate eventOn;

    /** Network types the notice is for; empty: every outlet. */
    private Set<String> audience = new TreeSet<>();

    Notice toNotice() {
        return new Notice(this);
    }

    public NoticeKind getKind() {
        return kind;
    }

    public void setKind(NoticeKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getEventOn() {
        return eventOn;
    }

    public void setEventOn(LocalDate eventOn) {
        this.eventOn = eventOn;
    }

    public Set<String> getAudience() {
        return audience;
    }

    public void setAudience(Set<String> audience) {
        this.audience = audience == null ? new TreeSet<>() : new TreeSet<>(audience);
    }
}
