package dev.plumbline.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumbline.pairs.LabelSource;
import dev.plumbline.pairs.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code provenance.jsonl}: one line per exported pair, in row order per split, naming its rule and
 * version, confidence, label origin and every label source (with judges' model families), the source
 * records, the authors of both sides, and the mining config hash and code version. TRL never reads
 * it (the card's {@code configs} name only the data files); auditors and rebuilds do.
 */
final class ProvenanceFile {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ProvenanceFile() {
    }

    static void write(Path file, Map<String, List<Pair>> splits) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            for (Map.Entry<String, List<Pair>> split : splits.entrySet()) {
                for (int row = 0; row < split.getValue().size(); row++) {
                    line(json, split.getKey(), row, split.getValue().get(row));
                }
            }
        }
    }

    private static void line(JsonGenerator json, String split, int row, Pair pair) throws IOException {
        json.writeStartObject();
        json.writeStringField("split", split);
        json.writeNumberField("pair_index", row);
        json.writeStringField("id", pair.id());
        json.writeStringField("rule", pair.rule());
        json.writeStringField("rule_version", pair.provenance().ruleVersion());
        json.writeNumberField("confidence", pair.confidence());
        json.writeStringField("origin", pair.origin().wireName());
        strings(json, "sources", pair.provenance().sources());
        json.writeArrayFieldStart("label_sources");
        for (LabelSource source : pair.labelSources()) {
            labelSource(json, source);
        }
        json.writeEndArray();
        json.writeStringField("chosen_record", pair.chosen().recordId());
        json.writeStringField("chosen_author", pair.chosen().author());
        json.writeStringField("rejected_record", pair.rejected().recordId());
        json.writeStringField("rejected_author", pair.rejected().author());
        json.writeStringField("session_id", pair.sessionId());
        optional(json, "user_id", pair.userId());
        json.writeStringField("config_hash", pair.provenance().configHash());
        json.writeStringField("code_version", pair.provenance().codeVersion());
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private static void labelSource(JsonGenerator json, LabelSource source) throws IOException {
        json.writeStartObject();
        json.writeStringField("record", source.recordId());
        json.writeStringField("origin", source.origin().wireName());
        json.writeStringField("role", source.role().wireName());
        optional(json, "actor", source.actorId());
        optional(json, "family", source.family());
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }
}
