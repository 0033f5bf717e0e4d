package dev.plumbline.cli;

import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Parquet files under a folder, and each file's rows as JSON lines (one row a line, in file
 * order), read with DuckDB, the library that writes them; so the checks that read JSONL lines (PII
 * scan, erased ids) read Parquet the same way. A Parquet file starts with the magic bytes {@code PAR1}.
 */
final class ParquetRows {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private ParquetRows() {
    }

    static List<Path> under(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(ParquetRows::isParquet).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw PlumblineException.unavailable("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    static boolean isParquet(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path parquet) {
        String sql = "SELECT to_json(row)::VARCHAR FROM read_parquet('" + parquet.toAbsolutePath().toString().replace("'", "''")
                + "') AS row";
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 1");
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw PlumblineException.invalidInput("cannot read " + parquet + " as Parquet: " + e.getMessage());
        }
        return lines;
    }
}
