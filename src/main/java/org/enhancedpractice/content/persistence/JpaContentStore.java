package org.enhancedpractice.content.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Uploaded package zips and imported standard catalogues. */
@ApplicationScoped
@Transactional
public class JpaContentStore {
    @PersistenceContext(unitName = "ept") EntityManager em;

    public List<StoredUpload> uploads() {
        return em.createQuery("SELECT u FROM ContentUploadEntity u ORDER BY u.packageKey", ContentUploadEntity.class)
                .getResultList().stream().map(u -> new StoredUpload(u.packageKey, u.fileName, u.sha256, u.sizeBytes,
                        u.content, u.uploadedAt.toInstant())).toList();
    }

    /** Adds or replaces the upload with this key. */
    public void saveUpload(StoredUpload upload) {
        ContentUploadEntity e = em.find(ContentUploadEntity.class, upload.packageKey());
        boolean isNew = e == null;
        if (isNew) {
            e = new ContentUploadEntity();
            e.packageKey = upload.packageKey();
        }
        e.fileName = upload.fileName();
        e.sha256 = upload.sha256();
        e.sizeBytes = upload.sizeBytes();
        e.content = upload.content();
        e.uploadedAt = OffsetDateTime.ofInstant(upload.uploadedAt(), ZoneOffset.UTC);
        if (isNew) {
            em.persist(e);
        }
    }

    public boolean deleteUpload(String key) {
        ContentUploadEntity e = em.find(ContentUploadEntity.class, key);
        if (e == null) {
            return false;
        }
        em.remove(e);
        return true;
    }

    public List<String> importedStandards() {
        return em.createQuery("SELECT s.json FROM StandardCatalogueEntity s", String.class).getResultList();
    }

    public void saveStandard(String reference, String version, String json, Instant at) {
        StandardCatalogueEntity.Key key = new StandardCatalogueEntity.Key();
        key.reference = reference;
        key.version = version;
        StandardCatalogueEntity e = em.find(StandardCatalogueEntity.class, key);
        boolean isNew = e == null;
        if (isNew) {
            e = new StandardCatalogueEntity();
            e.reference = reference;
            e.version = version;
        }
        e.json = json;
        e.importedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        if (isNew) {
            em.persist(e);
        }
    }
}
