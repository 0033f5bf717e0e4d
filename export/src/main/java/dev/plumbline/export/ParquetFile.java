package dev.plumbline.export;

import dev.plumbline.model.PlumblineException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Converts a split's JSONL file to Parquet with DuckDB's writer ({@code COPY ... TO (FORMAT
 * parquet)}), typing each TRL column explicitly: strings as {@code VARCHAR}, message lists as
 * {@code STRUCT(role VARCHAR, content VARCHAR)[]}, KTO's label as {@code BOOLEAN}. One thread and
 * insertion order make the bytes the same on every run with the same DuckDB version.
 */
final class ParquetFile {
    private static final String MESSAGES = "STRUCT(role VARCHAR, content VARCHAR)[]";

    private ParquetFile() {
    }

    static void convert(Path jsonl, Path parquet, TrlFormat format, boolean conversational) {
        String columns = format.columns(conversational).stream()
                .map(c -> c + ": '" + type(c, format, conversational) + "'")
                .collect(Collectors.joining(", ", "{", "}"));
        String sql = "COPY (SELECT " + String.join(", ", format.columns(conversational)) + " FROM read_json("
                + literal(jsonl) + ", format = 'newline_delimited', columns = " + columns + ")) TO "
                + literal(parquet) + " (FORMAT parquet, COMPRESSION snappy)";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 1");
            statement.execute("SET preserve_insertion_order = true");
            statement.execute(sql);
        } catch (SQLException e) {
            throw PlumblineException.internal("could not write " + parquet + " with DuckDB: " + e.getMessage(), e);
        }
    }

    static String type(String column, TrlFormat format, boolean conversational) {
        if (column.equals("label")) {
            return "BOOLEAN";
        }
        return conversational && List.of("prompt", "chosen", "rejected", "completion", "messages").contains(column)
                ? MESSAGES : "VARCHAR";
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
