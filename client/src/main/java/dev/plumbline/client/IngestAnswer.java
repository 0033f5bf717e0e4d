package dev.plumbline.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server said about one accepted request: how many records were newly stored, how many
 * it already held (a retry after a lost answer), and the first reason it gave for a rejected one.
 * Parsed from {@code {"accepted": n, "duplicates": [...], "rejected": [{"index", "path",
 * "reason"}]}}. Immutable.
 */
record IngestAnswer(int accepted, int duplicates, int rejectedProblems, Optional<String> firstProblem) {

    static IngestAnswer parse(String body, List<? extends Event> batch) {
        Object parsed = JsonReader.parse(body);
        if (!(parsed instanceof Map<?, ?> answer) || !(answer.get("accepted") instanceof Double accepted)) {
            throw new IllegalArgumentException("the answer has no 'accepted' count");
        }
        List<?> rejected = answer.get("rejected") instanceof List<?> list ? list : List.of();
        int duplicates = answer.get("duplicates") instanceof List<?> list ? list.size() : 0;
        return new IngestAnswer(accepted.intValue(), duplicates, rejected.size(), firstProblem(rejected, batch));
    }

    private static Optional<String> firstProblem(List<?> rejected, List<? extends Event> batch) {
        if (rejected.isEmpty() || !(rejected.get(0) instanceof Map<?, ?> problem)) {
            return Optional.empty();
        }
        String record = problem.get("index") instanceof Double index && index >= 0 && index < batch.size()
                ? "record " + batch.get(index.intValue()).id() : "the batch";
        return Optional.of(record + ": " + problem.get("path") + " " + problem.get("reason"));
    }

    /** Records the server holds now, new or not: the rest of the batch was rejected. */
    int acknowledged() {
        return accepted + duplicates;
    }

    /** An error answer's message: {@code {"error": {"code", "message"}}}, or the body's start. */
    static String errorMessage(String body) {
        try {
            if (JsonReader.parse(body) instanceof Map<?, ?> answer && answer.get("error") instanceof Map<?, ?> error) {
                return error.get("code") + ": " + error.get("message");
            }
        } catch (IllegalArgumentException e) {
            // not JSON (a proxy's page): fall through to the raw text
        }
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
