package dev.plumbline.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads request bodies under a size limit, gunzipping when the client says {@code
 * Content-Encoding: gzip}; the limit applies to the decompressed size too.
 */
final class Bodies {
    private Bodies() {
    }

    /** The body, or empty when it is over the limit (the caller answers 413). */
    static java.util.Optional<byte[]> read(Context ctx, long limit) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            return java.util.Optional.empty();
        }
        InputStream in = ctx.req().getInputStream();
        String encoding = ctx.header("Content-Encoding");
        if (encoding != null && encoding.equalsIgnoreCase("gzip")) {
            in = new GZIPInputStream(in);
        }
        return readBounded(in, limit);
    }

    /** The body as sent (still compressed, if it was), or empty when it is over the limit. */
    static java.util.Optional<byte[]> readRaw(Context ctx, long limit) throws IOException {
        if (ctx.req().getContentLengthLong() > limit) {
            return java.util.Optional.empty();
        }
        return readBounded(ctx.req().getInputStream(), limit);
    }

    private static java.util.Optional<byte[]> readBounded(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[65_536];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                return java.util.Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return java.util.Optional.of(out.toByteArray());
    }
}
