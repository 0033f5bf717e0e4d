package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private folder of spill files for one mining run, deleted on {@link #close()}: items are
 * appended to numbered files and read back in the order written. Not thread-safe.
 *
 * @param <T> what the files hold
 */
final class SpillFiles<T> implements AutoCloseable {
    private static final int BUFFER = 32 * 1024;

    /** Writes one item. */
    interface Writer<T> {
        void write(DataOutput out, T item) throws IOException;
    }

    /** Reads one item back. */
    interface Reader<T> {
        T read(DataInput in) throws IOException;
    }

    private final Path folder;
    private final Writer<T> writer;
    private final Reader<T> reader;
    private final List<DataOutputStream> outputs = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();

    SpillFiles(Path parent, String prefix, Writer<T> writer, Reader<T> reader) {
        this.writer = requireNonNull(writer, "writer is null");
        this.reader = requireNonNull(reader, "reader is null");
        try {
            Files.createDirectories(parent);
            this.folder = Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw PlumblineException.unavailable("cannot create a spill folder under " + parent + ": " + e.getMessage(), e);
        }
    }

    /** Appends the item to file {@code file}, creating it on first use. */
    void add(int file, T item) {
        try {
            writer.write(output(file), item);
            counts.set(file, counts.get(file) + 1);
        } catch (IOException e) {
            throw failure("write", e);
        }
    }

    /** How many items file {@code file} holds (0 for one never written). */
    long count(int file) {
        return file < counts.size() ? counts.get(file) : 0;
    }

    /** Every item of file {@code file}, in the order written; the file is deleted afterwards. */
    List<T> drain(int file) {
        List<T> items = new ArrayList<>();
        try (Cursor<T> cursor = cursor(file)) {
            while (cursor.hasNext()) {
                items.add(cursor.next());
            }
        }
        delete(file);
        return items;
    }

    /** Reads file {@code file} item by item; finishes writing it first. */
    Cursor<T> cursor(int file) {
        long count = count(file);
        try {
            finish(file);
            DataInputStream in = count == 0 ? null
                    : new DataInputStream(new BufferedInputStream(Files.newInputStream(path(file)), BUFFER));
            return new Cursor<>(in, reader, count);
        } catch (IOException e) {
            throw failure("read", e);
        }
    }

    void delete(int file) {
        try {
            finish(file);
            Files.deleteIfExists(path(file));
        } catch (IOException e) {
            throw failure("delete", e);
        }
    }

    private DataOutputStream output(int file) throws IOException {
        while (outputs.size() <= file) {
            outputs.add(null);
            counts.add(0L);
        }
        DataOutputStream out = outputs.get(file);
        if (out == null) {
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path(file)), BUFFER));
            outputs.set(file, out);
        }
        return out;
    }

    /** Finishes writing file {@code file}, so it holds no buffer or descriptor until it is read. */
    void seal(int file) {
        try {
            finish(file);
        } catch (IOException e) {
            throw failure("write", e);
        }
    }

    private void finish(int file) throws IOException {
        if (file < outputs.size() && outputs.get(file) != null) {
            outputs.get(file).close();
            outputs.set(file, null);
        }
    }

    private Path path(int file) {
        return folder.resolve(file + ".bin");
    }

    private PlumblineException failure(String action, IOException e) {
        return PlumblineException.unavailable("cannot " + action + " a spill file in " + folder + " (is the disk full?): "
                + e.getMessage(), e);
    }

    @Override
    public void close() {
        for (int file = 0; file < outputs.size(); file++) {
            try {
                finish(file);
            } catch (IOException ignored) {
                // the folder is deleted next; a failed flush loses nothing anyone will read
            }
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: the folder is under the temporary directory
        }
    }

    /** Items of one file in the order written. Close it when done. */
    static final class Cursor<T> implements AutoCloseable {
        private final DataInputStream in;
        private final Reader<T> reader;
        private long left;

        private Cursor(DataInputStream in, Reader<T> reader, long count) {
            this.in = in;
            this.reader = reader;
            this.left = count;
        }

        boolean hasNext() {
            return left > 0;
        }

        T next() {
            try {
                left--;
                return reader.read(in);
            } catch (IOException e) {
                throw PlumblineException.unavailable("cannot read a spill file: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read-only; nothing is lost
                }
            }
        }
    }
}
