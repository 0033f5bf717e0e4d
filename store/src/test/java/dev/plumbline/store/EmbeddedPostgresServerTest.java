package dev.plumbline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerTest {
    @Test
    void givesEachCallerItsOwnEmptyDatabaseOnARealServer() throws Exception {
        String first = EmbeddedPostgresServer.newDatabase();
        String second = EmbeddedPostgresServer.newDatabase();
        assertThat(first).isNotEqualTo(second);
        try (Connection c = DriverManager.getConnection(first); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_database(), version()")) {
            rs.next();
            assertThat(first).contains(rs.getString(1));
            assertThat(rs.getString(2)).startsWith("PostgreSQL");
        }
    }
}
