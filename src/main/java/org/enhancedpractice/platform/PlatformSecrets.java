package org.enhancedpractice.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import jakarta.inject.Inject;

/**
 * Random secrets generated on first use and kept in the database, so every tool instance behind a load balancer
 * shares them and they survive restarts. A concurrent first use by two instances is settled by the primary key:
 * the loser reads the winner's value.
 */
@ApplicationScoped
public class PlatformSecrets {
    private static final int SECRET_BYTES = 32;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;
    @Inject Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();

    public byte[] secret(String name) {
        return cache.computeIfAbsent(name, this::loadOrCreate).clone();
    }

    private byte[] loadOrCreate(String name) {
        try (Connection c = dataSource.getConnection()) {
            byte[] existing = read(c, name);
            if (existing != null) {
                return existing;
            }
            byte[] fresh = new byte[SECRET_BYTES];
            random.nextBytes(fresh);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO platform_secret (name, secret, created_at) VALUES (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, Base64.getEncoder().encodeToString(fresh));
                insert.setObject(3, OffsetDateTime.now(clock));
                insert.executeUpdate();
                return fresh;
            } catch (SQLException raced) {
                byte[] winner = read(c, name);
                if (winner == null) {
                    throw raced;
                }
                return winner;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or store platform secret " + name, e);
        }
    }

    private static byte[] read(Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT secret FROM platform_secret WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Base64.getDecoder().decode(rs.getString(1)) : null;
            }
        }
    }
}
