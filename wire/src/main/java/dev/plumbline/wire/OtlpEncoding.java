package dev.plumbline.wire;

import java.util.Locale;

/**
 * The two encodings of OTLP/HTTP: binary protobuf (the SDKs' default) and OTLP's JSON mapping. A
 * response is written in the encoding of its request.
 */
public enum OtlpEncoding {
    PROTOBUF("application/x-protobuf"),
    JSON("application/json");

    private final String contentType;

    OtlpEncoding(String contentType) {
        this.contentType = contentType;
    }

    /** The media type to send with a body of this encoding. */
    public String contentType() {
        return contentType;
    }

    /**
     * The encoding a {@code Content-Type} header names, parameters such as {@code charset} ignored.
     *
     * @throws OtlpTraceDecoder.UnsupportedMediaType for any other media type, so the edge can answer 415
     */
    public static OtlpEncoding fromContentType(String header) {
        String mediaType = header == null ? "" : header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        switch (mediaType) {
            case "application/x-protobuf":
            case "application/protobuf":
                return PROTOBUF;
            case "application/json":
                return JSON;
            default:
                throw new OtlpTraceDecoder.UnsupportedMediaType("Content-Type '" + (header == null ? "" : header)
                        + "' is not OTLP/HTTP: send application/x-protobuf or application/json");
        }
    }
}
