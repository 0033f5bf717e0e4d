package dev.plumbline.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson configuration the wire format uses: strict about duplicate keys. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    static JsonParser parser(byte[] bytes, int offset, int length) throws java.io.IOException {
        return MAPPER.getFactory().createParser(bytes, offset, length);
    }
}
