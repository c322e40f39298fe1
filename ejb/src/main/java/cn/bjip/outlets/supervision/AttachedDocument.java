package cn.bjip.outlets.supervision;

import java.time.Instant;

/** A document attached to a year-end summary, without its bytes. */
public record AttachedDocument(long id, String fileName, String mediaType, long sizeBytes, String sha256,
                               Instant uploadedAt, String uploadedBy) {

    static AttachedDocument of(SummaryDocument d) {
        return new AttachedDocument(d.getId(), d.getFileName(), d.getMediaType(), d.getSizeBytes(), d.getSha256(),
                d.getUploadedAt(), d.getUploadedBy());
    }
}
