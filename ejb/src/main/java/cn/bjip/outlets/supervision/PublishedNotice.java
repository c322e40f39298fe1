package cn.bjip.outlets.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A notice as outlets and staff read it; an empty audience means every outlet. */
public record PublishedNotice(long id, NoticeKind kind, String title, String body, LocalDate eventOn,
                              Set<String> audience, Instant publishedAt, String publishedBy) implements Serializable {

    static PublishedNotice of(Notice n) {
        return new PublishedNotice(n.getId(), n.getKind(), n.getTitle(), n.getBody(), n.getEventOn(),
                Set.copyOf(n.getAudience()), n.getPublishedAt(), n.getPublishedBy());
    }
}
