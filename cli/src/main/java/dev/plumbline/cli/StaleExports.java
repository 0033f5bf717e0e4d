package dev.plumbline.cli;

import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the exports that hold erased data: every folder with a {@code manifest.json} under the
 * given roots whose manifest, text files or Parquet rows (read as JSON) contain one of the ids as a
 * JSON string ({@code "i-42"}).
 * Such exports must be rebuilt; they are listed, never changed.
 */
final class StaleExports {
    private StaleExports() {
    }

    static List<Path> mentioning(List<Path> roots, Set<String> ids) {
        List<Path> stale = new ArrayList<>();
        for (Path root : roots) {
            for (Path export : exportsUnder(root)) {
                if (TextFiles.under(export).stream().anyMatch(file -> mentions(TextFiles.lines(file), ids))
                        || ParquetRows.under(export).stream().anyMatch(file -> mentions(ParquetRows.lines(file), ids))) {
                    stale.add(export);
                }
            }
        }
        return stale;
    }

    private static List<Path> exportsUnder(Path root) {
        if (!Files.isDirectory(root)) {
            throw PlumblineException.invalidInput("--exports " + root + " is not a folder");
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().equals("manifest.json")).map(Path::getParent)
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw PlumblineException.unavailable("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static boolean mentions(List<String> lines, Set<String> ids) {
        for (String line : lines) {
            if (quotedStrings(line).stream().anyMatch(ids::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The contents of the double-quoted strings on a line, escapes left as written (ids rarely have any). */
    static List<String> quotedStrings(String line) {
        List<String> strings = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && open >= 0) {
                i++;
            } else if (c == '"') {
                if (open < 0) {
                    open = i + 1;
                } else {
                    strings.add(line.substring(open, i));
                    open = -1;
                }
            }
        }
        return strings;
    }
}
