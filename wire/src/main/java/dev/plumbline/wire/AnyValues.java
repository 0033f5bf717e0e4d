package dev.plumbline.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.Base64;

/** Conversions of OTLP attribute values: to JSON trees (for structured GenAI messages) and to words for problems. */
final class AnyValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnyValues() {
    }

    /** The value as a JSON tree: a kvlist becomes an object, an array an array, bytes base64 text. */
    static JsonNode toJson(AnyValue value) {
        switch (value.getValueCase()) {
            case STRING_VALUE:
                return NODES.textNode(value.getStringValue());
            case BOOL_VALUE:
                return NODES.booleanNode(value.getBoolValue());
            case INT_VALUE:
                return NODES.numberNode(value.getIntValue());
            case DOUBLE_VALUE:
                return NODES.numberNode(value.getDoubleValue());
            case BYTES_VALUE:
                return NODES.textNode(Base64.getEncoder().encodeToString(value.getBytesValue().toByteArray()));
            case ARRAY_VALUE:
                ArrayNode array = NODES.arrayNode();
                value.getArrayValue().getValuesList().forEach(element -> array.add(toJson(element)));
                return array;
            case KVLIST_VALUE:
                ObjectNode object = NODES.objectNode();
                for (KeyValue entry : value.getKvlistValue().getValuesList()) {
                    object.set(entry.getKey(), toJson(entry.getValue()));
                }
                return object;
            case STRING_VALUE_STRINDEX:
            case VALUE_NOT_SET:
            default:
                return NODES.nullNode();
        }
    }

    /** A short description of a value's type and content for a problem's reason. */
    static String describe(AnyValue value) {
        switch (value.getValueCase()) {
            case STRING_VALUE:
                return "the string '" + FieldReader.abbreviate(value.getStringValue()) + "'";
            case BOOL_VALUE:
                return "the boolean " + value.getBoolValue();
            case INT_VALUE:
                return "the int " + value.getIntValue();
            case DOUBLE_VALUE:
                return "the double " + value.getDoubleValue();
            case BYTES_VALUE:
                return "bytes";
            case ARRAY_VALUE:
                return "an array";
            case KVLIST_VALUE:
                return "a key-value list";
            case STRING_VALUE_STRINDEX:
            case VALUE_NOT_SET:
            default:
                return "an empty value";
        }
    }
}
