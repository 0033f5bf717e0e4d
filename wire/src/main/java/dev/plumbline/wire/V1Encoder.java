package dev.plumbline.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;

/**
 * Writes records in wire format v1. Output is canonical: fields in a fixed order, absent optionals
 * left out, so that {@code decode(encode(r))} equals {@code r}. The text is streamed by {@link
 * V1Writer}, the one place the field layout is written down; the tree form is read back from it.
 * Thread-safe.
 */
public final class V1Encoder {
    /** The record as a JSON tree, for callers that add to it or embed it. */
    public ObjectNode encode(Record record) {
        try {
            return (ObjectNode) Json.mapper().readTree(toJson(record));
        } catch (JsonProcessingException e) {
            throw PlumblineException.internal("the v1 writer produced unreadable JSON for " + record.id(), e);
        }
    }

    /** The record as one line of v1 JSON, streamed (no tree is built). */
    public String toJson(Record record) {
        return V1Writer.write(record);
    }
}
