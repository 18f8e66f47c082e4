package org.enhancedpractice.xapi.document;

import java.util.Objects;
import org.enhancedpractice.xapi.persistence.StoreKeys;

/** One document: its context, the registration (State only, lowercase UUID or null) and its id. */
public record DocumentKey(DocumentContext context, String registration, String documentId) {
    public DocumentKey {
        Objects.requireNonNull(context);
        Objects.requireNonNull(documentId);
        if (registration != null && context.kind() != DocumentKind.STATE) {
            throw new IllegalArgumentException("Only State documents have a registration");
        }
    }

    public String key() {
        return StoreKeys.of(context.key(), registration, documentId);
    }
}
