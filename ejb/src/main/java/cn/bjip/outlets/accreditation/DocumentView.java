package cn.bjip.outlets.accreditation;

import java.time.Instant;

/** A supporting document's metadata, without its bytes. */
public record DocumentView(long id, String fileName, String mediaType, long sizeBytes, String sha256, Instant uploadedAt,
                           String uploadedBy) {

    static DocumentView of(ApplicationDocument d) {
        return new DocumentView(d.getId(), d.getFileName(), d.getMediaType(), d.getSizeBytes(), d.getSha256(),
                d.getUploadedAt(), d.getUploadedBy());
    }
}
