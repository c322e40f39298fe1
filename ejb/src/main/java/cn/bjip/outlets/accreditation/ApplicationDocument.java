package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.platform.UploadCheck;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** A supporting document of an application (Art. 5 (1) 4): what it is; its bytes are a {@link DocumentContent}. */
@Entity
public class ApplicationDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    @SequenceGenerator(name = "accreditation_seq", sequenceName = "accreditation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Application application;

    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private Instant uploadedAt;
    private String uploadedBy;

    protected ApplicationDocument() {
    }

    ApplicationDocument(Application application, UploadCheck.Accepted file, Instant uploadedAt, String uploadedBy) {
        this.application = application;
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

    public Application getApplication() {
        return application;
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
