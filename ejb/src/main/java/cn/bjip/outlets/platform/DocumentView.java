package cn.bjip.outlets.platform;

import java.io.Serializable;
import java.time.Instant;

/** A stored document's metadata, without its bytes. */
public record DocumentView(long id, String fileName, String mediaType, long sizeBytes, String sha256, Instant uploadedAt,
                           String uploadedBy) implements Serializable {

    static DocumentView of(StoredDocument d) {
        return new DocumentView(d.getId(), d.getFileName(), d.getMediaType(), d.getSizeBytes(), d.getSha256(),
                d.getUploadedAt(), d.getUploadedBy());
    }
}
