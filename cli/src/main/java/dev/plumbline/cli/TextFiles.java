package dev.plumbline.cli;

import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The text files under a folder, in path order; a file with a NUL byte in its first 8 KiB is binary (Parquet) and skipped. */
final class TextFiles {
    private TextFiles() {
    }

    static List<Path> under(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw PlumblineException.invalidInput(dir + " is not a folder");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(TextFiles::isText).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw PlumblineException.unavailable("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    static boolean isText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8192);
            for (byte b : head) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw PlumblineException.unavailable("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
