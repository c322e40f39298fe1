package cn.bjip.outlets.platform;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * An uploaded document of an application or a year-end summary (its owner): what it is, checked on upload by
 * {@link UploadCheck}. Its bytes are a {@link StoredDocumentContent} apart, so that listing documents never reads them.
 */
@Entity
public class StoredDocument {

    /** What a document belongs to, and how many it may hold; who may see a document is who may see its owner. */
    public enum Owner {
        APPLICATION(20),
        SUMMARY(10);

        private final int maxDocuments;

        Owner(int maxDocuments) {
            this.maxDocuments = maxDocuments;
        }

        public int maxDocuments() {
            return maxDocuments;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Owner ownerKind;

    private long ownerId;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private Instant uploadedAt;
    private String uploadedBy;

    protected StoredDocument() {
    }

    StoredDocument(Owner ownerKind, long ownerId, UploadCheck.Accepted file, Instant uploadedAt, String uploadedBy) {
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public Owner getOwnerKind() {
        return ownerKind;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
