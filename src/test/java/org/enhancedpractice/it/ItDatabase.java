package org.enhancedpractice.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates (pre-integration-test) and drops (post-integration-test) the PostgreSQL database of one integration
 * test run. Run by exec-maven-plugin; when no server answers it stops the build saying what to do.
 */
public final class ItDatabase {
    private ItDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        String action = args[0];
        String serverUrl = args[1];
        String user = args[2];
        String database = args[3];
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Unsafe database name " + database);
        }
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", user);
        // The driver directly, not DriverManager: exec:java gives each execution its own class loader, and
        // DriverManager refuses a driver registered by an earlier one.
        try (Connection c = new org.postgresql.Driver().connect(serverUrl + "postgres", credentials);
             Statement s = c.createStatement()) {
            if ("create".equals(action)) {
                s.execute("DROP DATABASE IF EXISTS " + database);
                s.execute("CREATE DATABASE " + database);
                System.out.println("[it] created PostgreSQL database " + database);
            } else {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                System.out.println("[it] dropped PostgreSQL database " + database);
            }
        } catch (SQLException e) {
            if ("drop".equals(action)) {
                System.err.println("[it] could not drop " + database + ": " + e.getMessage());
                return;
            }
            throw new IllegalStateException("\n\nIntegration tests need PostgreSQL at " + serverUrl
                    + " (user '" + user + "', no password), and it did not answer: " + e.getMessage() + "\n"
                    + "Start it, e.g. `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` on Debian,\n"
                    + "or point the build at another server: mvn verify -Dit.pg.url=jdbc:postgresql://HOST:PORT/ -Dit.pg.user=USER\n"
                    + "(.ci/run starts the local cluster itself when it is installed but stopped).\n", e);
        }
    }
}
