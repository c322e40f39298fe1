package cn.bjip.outlets.accreditation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded document, kept in the database apart from its metadata. */
@Entity
@Table(name = "application_document_content")
public class DocumentContent {

    @Id
    private Long documentId;

    private byte[] bytes;

    protected DocumentContent() {
    }

    DocumentContent(Long documentId, byte[] bytes) {
        this.documentId = documentId;
        this.bytes = bytes;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
