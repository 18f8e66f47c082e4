package org.enhancedpractice.xapi.admin;

import java.util.Objects;
import org.enhancedpractice.xapi.persistence.LrsClientSummary;

/** A client together with a secret just generated for it: the only moment the secret exists outside its hash. */
public record IssuedSecret(LrsClientSummary client, String secret) {
    public IssuedSecret {
        Objects.requireNonNull(client);
        Objects.requireNonNull(secret);
    }
}
