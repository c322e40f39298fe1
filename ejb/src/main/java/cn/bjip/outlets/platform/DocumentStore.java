package cn.bjip.outlets.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The one store of uploaded documents, whatever they belong to: each upload checked by {@link UploadCheck}, at most
 * as many per owner as its kind allows, the bytes apart from the metadata. It decides nothing about who may see a document:
 * the owner's service checks that the caller may see the owner before it calls here.
 */
@ApplicationScoped
public class DocumentStore {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    public DocumentView add(StoredDocument.Owner kind, long ownerId, String fileName, byte[] bytes, String by) {
        if (count(kind, ownerId) >= kind.maxDocuments()) {
            throw new BusinessRuleViolation("upload.tooMany", "file", kind.maxDocuments());
        }
        UploadCheck.Accepted accepted = UploadCheck.check(fileName, bytes);
        StoredDocument document = new StoredDocument(kind, ownerId, accepted, clock.instant(), by);
        em.persist(document);
        em.persist(new StoredDocumentContent(document.getId(), bytes));
        return DocumentView.of(document);
    }

    public List<DocumentView> of(StoredDocument.Owner kind, long ownerId) {
        return em.createQuery("select d from StoredDocument d where d.ownerKind = :kind and d.ownerId = :owner order by d.id",
                StoredDocument.class).setParameter("kind", kind).setParameter("owner", ownerId).getResultStream()
                .map(DocumentView::of).toList();
    }

    public long count(StoredDocument.Owner kind, long ownerId) {
        return em.createQuery("select count(d) from StoredDocument d where d.ownerKind = :kind and d.ownerId = :owner",
                Long.class).setParameter("kind", kind).setParameter("owner", ownerId).getSingleResult();
    }

    /** The document, if there is one of {@code kind}; the caller then checks its owner. */
    public StoredDocument find(StoredDocument.Owner kind, long documentId, String notFoundKey) {
        StoredDocument document = em.find(StoredDocument.class, documentId);
        if (document == null || document.getOwnerKind() != kind) {
            throw new NotFound(notFoundKey, documentId);
        }
        return document;
    }

    public Download download(StoredDocument document) {
        return new Download(DocumentView.of(document), em.find(StoredDocumentContent.class, document.getId()).getBytes());
    }

    /** Removes the document and its bytes; returns its file name. */
    public String remove(StoredDocument document) {
        em.remove(em.find(StoredDocumentContent.class, document.getId()));
        em.remove(document);
        return document.getFileName();
    }
}
