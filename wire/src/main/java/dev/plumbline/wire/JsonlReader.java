package dev.plumbline.wire;

import dev.plumbline.model.PlumblineException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Streams a v1 JSONL input (a file, gzipped or not, or stdin) one line at a time, so memory does
 * not grow with the input. Each non-blank line is decoded with its line number minus one as the
 * record index. Not thread-safe.
 */
public final class JsonlReader {
    private final BatchDecoder decoder = new BatchDecoder(Integer.MAX_VALUE);

    /** Opens a file for reading, gunzipping when it starts with the gzip magic bytes. */
    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gunzipIfNeeded(in);
    }

    public static InputStream gunzipIfNeeded(InputStream raw) throws IOException {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == 0x1f && second == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    /** Reads every line, handing each decoded line to {@code sink}. */
    public void read(InputStream in, Consumer<V1Decoder.Decoded> sink) {
        byte[] line = new byte[8192];
        int length = 0;
        int lineNumber = 0;
        try {
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    emit(line, length, lineNumber++, sink);
                    length = 0;
                    continue;
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, line.length * 2);
                }
                line[length++] = (byte) b;
            }
            emit(line, length, lineNumber, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("reading line " + (lineNumber + 1) + " failed: " + e.getMessage(), e);
        }
    }

    private void emit(byte[] line, int length, int index, Consumer<V1Decoder.Decoded> sink) {
        int end = length;
        while (end > 0 && (line[end - 1] == '\r' || line[end - 1] == ' ' || line[end - 1] == '\t')) {
            end--;
        }
        if (end == 0) {
            return;
        }
        sink.accept(decoder.decodeLine(line, 0, end, index));
    }

    /** Whether a file's first non-blank line looks like a v1 record (an object with a "kind"). */
    public static boolean looksLikeV1(Path file) throws IOException {
        try (InputStream in = open(file)) {
            byte[] head = in.readNBytes(4096);
            String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
            int newline = text.indexOf('\n');
            String first = newline < 0 ? text : text.substring(0, newline);
            return first.startsWith("{") && first.contains("\"kind\"");
        } catch (PlumblineException e) {
            return false;
        }
    }
}
