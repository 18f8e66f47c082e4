package org.enhancedpractice.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.enhancedpractice.lti.keys.StoredToolKey;

/** The tool's key pairs. Private keys stay in the database; see docs/lti.md for how operators protect it. */
@ApplicationScoped
@Transactional
public class JpaToolKeyStore {
    @PersistenceContext(unitName = "ept") EntityManager em;

    public List<StoredToolKey> all() {
        return em.createQuery("SELECT k FROM ToolKeyEntity k ORDER BY k.createdAt", ToolKeyEntity.class)
                .getResultList().stream()
                .map(k -> new StoredToolKey(k.kid, k.privateJwk, k.status, k.createdAt.toInstant())).toList();
    }

    public void retire(String kid) {
        ToolKeyEntity e = em.find(ToolKeyEntity.class, kid);
        if (e != null) {
            e.status = StoredToolKey.RETIRED;
        }
    }

    public void save(StoredToolKey key) {
        ToolKeyEntity e = new ToolKeyEntity();
        e.kid = key.kid();
        e.privateJwk = key.privateJwk();
        e.status = key.status();
        e.createdAt = OffsetDateTime.ofInstant(key.createdAt(), ZoneOffset.UTC);
        em.persist(e);
    }

}
