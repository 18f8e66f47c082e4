package org.enhancedpractice.content.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "content_upload")
class ContentUploadEntity {
    @Id @Column(name = "package_key") String packageKey;
    @Column(name = "file_name") String fileName;
    String sha256;
    @Column(name = "size_bytes") long sizeBytes;
    byte[] content;
    @Column(name = "uploaded_at") OffsetDateTime uploadedAt;
}
