package org.enhancedpractice.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.enhancedpractice.platform.DataSourceConfig;

/** The demo platform's key and its record of the tool's registration: one row in table demo_platform. */
@ApplicationScoped
public class DemoPlatformState {
    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    public synchronized RSAKey key() {
        String stored = read("private_jwk");
        if (stored == null) {
            RSAKey key = generate();
            update("INSERT INTO demo_platform (id, private_jwk) VALUES (1, ?)", key.toJSONString());
            return key;
        }
        try {
            return RSAKey.parse(stored);
        } catch (ParseException e) {
            throw new IllegalStateException("demo_platform.private_jwk is not an RSA JWK", e);
        }
    }

    public synchronized DemoRegistration registration() {
        key();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT client_id, deployment_id, tool_login_uri, tool_redirect_uris, registration_token FROM demo_platform WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            String uris = rs.getString(4);
            return new DemoRegistration(rs.getString(1), rs.getString(2), rs.getString(3),
                    uris == null ? List.of() : Arrays.asList(uris.split(" ")), rs.getString(5));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read demo platform state", e);
        }
    }

    /** A one-time registration token for the tool's registration call (Dynamic Registration 1.0 §3.3). */
    public synchronized String newRegistrationToken() {
        key();
        String token = UUID.randomUUID().toString();
        update("UPDATE demo_platform SET registration_token = ? WHERE id = 1", token);
        return token;
    }

    /** Consumes the token; true only for the current one. */
    public synchronized boolean useRegistrationToken(String token) {
        String current = registration().pendingToken();
        if (current == null || !current.equals(token)) {
            return false;
        }
        update("UPDATE demo_platform SET registration_token = NULL WHERE id = 1");
        return true;
    }

    public synchronized void saveToolRegistration(String clientId, String deploymentId, String loginUri,
                                                  List<String> redirectUris) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE demo_platform SET client_id = ?, deployment_id = ?, tool_login_uri = ?, tool_redirect_uris = ? WHERE id = 1")) {
            s.setString(1, clientId);
            s.setString(2, deploymentId);
            s.setString(3, loginUri);
            s.setString(4, String.join(" ", redirectUris));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the demo registration", e);
        }
    }

    private String read(String column) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM demo_platform WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read demo platform state", e);
        }
    }

    private void update(String sql, String... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update demo platform state", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID("demo-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the demo platform key", e);
        }
    }
}
