package org.enhancedpractice.xapi.auth;

import java.time.Clock;
import org.enhancedpractice.xapi.persistence.JpaLrsClientStore;

/** An {@link LrsClients} over a given store and clock, for unit tests of other packages (no CDI there). */
public final class LrsClientsFixture {
    private LrsClientsFixture() {
    }

    public static LrsClients over(JpaLrsClientStore store, Clock clock) {
        LrsClients clients = new LrsClients();
        clients.store = store;
        clients.clock = clock;
        return clients;
    }
}
