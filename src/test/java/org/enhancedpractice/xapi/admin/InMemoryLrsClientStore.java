package org.enhancedpractice.xapi.admin;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.enhancedpractice.xapi.persistence.JpaLrsClientStore;
import org.enhancedpractice.xapi.persistence.LrsClientRow;
import org.enhancedpractice.xapi.persistence.LrsClientSummary;

/**
 * The client store as a map (unit tests have no database; LrsClientAdminIT runs the JPA store on PostgreSQL).
 * Tenants and statement authorities are what the test declares.
 */
class InMemoryLrsClientStore extends JpaLrsClientStore {
    final Map<String, LrsClientRow> rows = new TreeMap<>();
    final Map<String, Instant[]> times = new TreeMap<>();
    final Set<UUID> tenants = new HashSet<>();
    final Set<String> authorities = new HashSet<>();

    @Override
    public Optional<LrsClientRow> find(String key) {
        return Optional.ofNullable(rows.get(key));
    }

    @Override
    public Optional<LrsClientSummary> summary(String key) {
        return find(key).map(r -> new LrsClientSummary(r.key(), r.scopes(), r.tenantId(), r.disabled(),
                times.get(key)[0], times.get(key)[1]));
    }

    @Override
    public List<LrsClientSummary> summaries() {
        return rows.keySet().stream().map(k -> summary(k).orElseThrow()).toList();
    }

    @Override
    public void save(LrsClientRow row, Instant now) {
        Instant created = times.containsKey(row.key()) ? times.get(row.key())[0] : now;
        times.put(row.key(), new Instant[] {created, now});
        rows.put(row.key(), row);
    }

    @Override
    public boolean delete(String key) {
        times.remove(key);
        return rows.remove(key) != null;
    }

    @Override
    public boolean tenantExists(UUID tenantId) {
        return tenants.contains(tenantId);
    }

    @Override
    public boolean hasAuthored(String authorityIfi) {
        return authorities.contains(authorityIfi);
    }
}
