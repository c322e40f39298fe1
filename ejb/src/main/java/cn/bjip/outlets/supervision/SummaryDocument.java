package cn.bjip.outlets.supervision;

import cn.bjip.outlets.platform.UploadCheck;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** A document attached to a year-end summary, checked like every upload. */
@Entity
public class SummaryDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
    @SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private AnnualSummary summary;

    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    private byte[] bytes;

    private Instant uploadedAt;
    private String uploadedBy;

    protected SummaryDocument() {
    }

    SummaryDocument(AnnualSummary summary, UploadCheck.Accepted file, byte[] bytes, Instant at, String by) {
        this.summary = summary;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.bytes = bytes;
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    public Long getId() {
        return id;
    }

    public AnnualSummary getSummary() {
        return summary;
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

    public byte[] getBytes() {
        return bytes;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
