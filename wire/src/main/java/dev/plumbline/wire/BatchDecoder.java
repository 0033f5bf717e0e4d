package dev.plumbline.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.RecordProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes an ingest body: a JSON batch {@code {"records": [...]}} or NDJSON (one record per line).
 * Every problem is reported with the record's index and a field path; a syntax error names the
 * line and column. Stateless and thread-safe.
 */
public final class BatchDecoder {
    private final ObjectMapper mapper = Json.mapper();
    private final V1Decoder decoder = new V1Decoder();
    private final int maxRecords;

    /** @param maxRecords the most records one batch may hold; more is {@link TooManyRecords}. */
    public BatchDecoder(int maxRecords) {
        this.maxRecords = maxRecords;
    }

    /** Thrown when a batch holds more records than allowed, so the edge can answer 413. */
    public static final class TooManyRecords extends RuntimeException {
        public TooManyRecords(int limit) {
            super("the batch holds more than " + limit + " records; split it into smaller batches");
        }
    }

    public RecordBatch decodeJsonBatch(byte[] body) {
        List<RecordBatch.IndexedRecord> records = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        int index = 0;
        try (JsonParser parser = Json.parser(body, 0, body.length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new RecordProblem(-1, "$", "the body must be a JSON object {\"records\": [...]}"));
                return new RecordBatch(records, problems, 0);
            }
            boolean sawRecords = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("records")) {
                    parser.skipChildren();
                    continue;
                }
                sawRecords = true;
                if (value != JsonToken.START_ARRAY) {
                    problems.add(new RecordProblem(-1, "$.records", "must be an array of records"));
                    return new RecordBatch(records, problems, 0);
                }
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (index >= maxRecords) {
                        throw new TooManyRecords(maxRecords);
                    }
                    JsonNode node = mapper.readTree(parser);
                    add(decoder.decode(node, index++), records, problems);
                }
            }
            if (!sawRecords) {
                problems.add(new RecordProblem(-1, "$.records", "is required: {\"records\": [...]}"));
            }
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(index, e));
        } catch (IOException e) {
            problems.add(new RecordProblem(index, "$", "could not be read: " + e.getMessage()));
        }
        return new RecordBatch(records, problems, index);
    }

    public RecordBatch decodeNdjson(byte[] body) {
        List<RecordBatch.IndexedRecord> records = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        int index = 0;
        int start = 0;
        while (start < body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            if (!blank(body, start, end)) {
                if (index >= maxRecords) {
                    throw new TooManyRecords(maxRecords);
                }
                add(decodeLine(body, start, end - start, index), records, problems);
                index++;
            }
            start = end + 1;
        }
        return new RecordBatch(records, problems, index);
    }

    /** Decodes one line of JSONL; {@code index} is the record's index (line number minus one when no line is blank). */
    public V1Decoder.Decoded decodeLine(byte[] bytes, int offset, int length, int index) {
        try (JsonParser parser = Json.parser(bytes, offset, length)) {
            JsonNode node = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                return failed(index, new RecordProblem(index, "$", "one line must hold exactly one JSON object"));
            }
            return decoder.decode(node, index);
        } catch (JsonProcessingException e) {
            return failed(index, syntaxProblem(index, e));
        } catch (IOException e) {
            return failed(index, new RecordProblem(index, "$", "could not be read: " + e.getMessage()));
        }
    }

    private static V1Decoder.Decoded failed(int index, RecordProblem problem) {
        return new V1Decoder.Decoded(index, java.util.Optional.empty(), List.of(problem));
    }

    private static void add(V1Decoder.Decoded decoded, List<RecordBatch.IndexedRecord> records,
            List<RecordProblem> problems) {
        decoded.record().ifPresent(r -> records.add(new RecordBatch.IndexedRecord(decoded.index(), r)));
        problems.addAll(decoded.problems());
    }

    private static RecordProblem syntaxProblem(int index, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return new RecordProblem(index, "$", "malformed JSON" + where + ": " + e.getOriginalMessage());
    }

    private static boolean blank(byte[] body, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
