package dev.plumbline.wire;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.RecordProblem;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Decodes the body of an OTLP/HTTP trace export ({@code POST /v1/traces}) from any OpenTelemetry
 * SDK, protobuf or JSON, gzipped or not, and maps its GenAI spans to v1 records (see {@link
 * OtlpResult} for what comes back). Bad input is data: an unreadable body is one problem with
 * index -1, a bad span is problems with its index and the OTLP JSON path of the field. Only an
 * unsupported media type or encoding ({@link UnsupportedMediaType}, HTTP 415), a body that inflates
 * past the limit ({@link BodyTooLarge}, 413) or too many spans ({@link BatchDecoder.TooManyRecords},
 * 413) throw. Stateless and thread-safe.
 */
public final class OtlpTraceDecoder {
    /** The most bytes a body may inflate to by default: 64 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 << 20;
    /** The most spans one export may hold by default. */
    public static final int DEFAULT_MAX_SPANS = 100_000;

    private final int maxBodyBytes;
    private final int maxSpans;

    public OtlpTraceDecoder() {
        this(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_SPANS);
    }

    /**
     * @param maxBodyBytes the most bytes the body may have after gzip is undone
     * @param maxSpans the most spans one export may hold
     */
    public OtlpTraceDecoder(int maxBodyBytes, int maxSpans) {
        if (maxBodyBytes <= 0 || maxSpans <= 0) {
            throw PlumblineException.invalidInput("OTLP limits must be positive, were "
                    + maxBodyBytes + " bytes and " + maxSpans + " spans");
        }
        this.maxBodyBytes = maxBodyBytes;
        this.maxSpans = maxSpans;
    }

    /** Thrown for a media type or content encoding that is not OTLP/HTTP's, so the edge can answer 415. */
    public static final class UnsupportedMediaType extends RuntimeException {
        public UnsupportedMediaType(String message) {
            super(message);
        }
    }

    /** Thrown when a body inflates past the limit, so the edge can answer 413. */
    public static final class BodyTooLarge extends RuntimeException {
        public BodyTooLarge(int limit) {
            super("the body inflates to more than " + limit + " bytes; send smaller exports");
        }
    }

    /**
     * Decodes one export.
     *
     * @param body the request body as received
     * @param contentType the {@code Content-Type} header: {@code application/x-protobuf} or {@code application/json}
     * @param contentEncoding the {@code Content-Encoding} header: {@code gzip}, {@code identity}, empty or null
     */
    public OtlpResult decode(byte[] body, String contentType, String contentEncoding) {
        OtlpEncoding encoding = OtlpEncoding.fromContentType(contentType);
        byte[] plain;
        try {
            plain = gzipped(body, contentEncoding) ? inflate(body) : body;
        } catch (IOException e) {
            return unreadable("is declared or looks gzip-compressed but could not be inflated: " + e.getMessage());
        }
        if (plain.length > maxBodyBytes) {
            throw new BodyTooLarge(maxBodyBytes);
        }
        return encoding == OtlpEncoding.JSON ? fromJson(plain) : fromProtobuf(plain);
    }

    private OtlpResult fromProtobuf(byte[] body) {
        try {
            return map(ExportTraceServiceRequest.parseFrom(body), List.of(), Set.of());
        } catch (InvalidProtocolBufferException e) {
            return unreadable("is not an OTLP ExportTraceServiceRequest in protobuf: " + e.getMessage());
        }
    }

    private OtlpResult fromJson(byte[] body) {
        OtlpJsonReader.Read read = OtlpJsonReader.read(body);
        return map(read.request(), read.problems(), read.unreadableSpans());
    }

    private OtlpResult map(ExportTraceServiceRequest request, List<RecordProblem> readProblems, Set<Integer> unreadable) {
        GenAiSpanMapper mapper = new GenAiSpanMapper(request);
        if (mapper.spanCount() > maxSpans) {
            throw new BatchDecoder.TooManyRecords(maxSpans);
        }
        return mapper.map(readProblems, unreadable);
    }

    private static OtlpResult unreadable(String reason) {
        return new OtlpResult(List.of(), List.of(new RecordProblem(-1, "$", reason)), 0, 0);
    }

    /** Gzip as declared, or undeclared but unmistakable: neither protobuf nor JSON can start with 0x1f 0x8b. */
    private static boolean gzipped(byte[] body, String contentEncoding) {
        String encoding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "gzip":
            case "x-gzip":
                return true;
            case "":
            case "identity":
                return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
            default:
                throw new UnsupportedMediaType("Content-Encoding '" + contentEncoding
                        + "' is not supported: send gzip or no encoding");
        }
    }

    private byte[] inflate(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBodyBytes, body.length * 4 + 64));
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (out.size() + n > maxBodyBytes) {
                    throw new BodyTooLarge(maxBodyBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
