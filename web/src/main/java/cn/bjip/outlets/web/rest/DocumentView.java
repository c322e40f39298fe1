package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.accreditation.ApplicationDocument;
import java.time.Instant;

/** A supporting document's metadata. */
public record DocumentView(long id, String fileName, String mediaType, long sizeBytes, String sha256, Instant uploadedAt,
                           String uploadedBy) {

    public static DocumentView of(ApplicationDocument d) {
        return new DocumentView(d.getId(), d.getFileName(), d.getMediaType(), d.getSizeBytes(), d.getSha256(),
                d.getUploadedAt(), d.getUploadedBy());
    }
}
