package org.enhancedpractice.content.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

@Entity
@Table(name = "standard_catalogue")
@IdClass(StandardCatalogueEntity.Key.class)
class StandardCatalogueEntity {
    @Id String reference;
    @Id String version;
    String json;
    @Column(name = "imported_at") OffsetDateTime importedAt;

    public static class Key implements Serializable {
        String reference;
        String version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(reference, k.reference) && Objects.equals(version, k.version);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reference, version);
        }
    }
}
