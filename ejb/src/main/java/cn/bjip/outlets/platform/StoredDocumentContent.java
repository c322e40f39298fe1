package cn.bjip.outlets.platform;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The bytes of a {@link StoredDocument}, kept in the database apart from its metadata. */
@Entity
public class StoredDocumentContent {

    @Id
    private Long documentId;

    private byte[] bytes;

    protected StoredDocumentContent() {
    }

    StoredDocumentContent(Long documentId, byte[] bytes) {
        this.documentId = documentId;
        this.bytes = bytes;
    }

    byte[] getBytes() {
        return bytes;
    }
}
