package dev.plumbline.probes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads multiple-choice question sets: the project's JSONL shape
 * ({@code {"id":..,"question":..,"choices":[..],"answer":"B"}}, answer a letter or the choice's text),
 * the common {@code question,A,B,C,D,answer} CSV shape (header optional), and the bundled set.
 */
public final class QuestionSets {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> JSONL_KEYS = Set.of("id", "question", "choices", "answer", "subject");

    private QuestionSets() {
    }

    /** Reads a file by its extension: {@code .csv} as CSV, anything else as JSONL. */
    public static List<Question> read(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? readCsv(file) : readJsonl(file);
    }

    /** The project's own set of unambiguous multiple-choice questions. */
    public static List<Question> bundled() {
        return parseJsonl(resource("questions.jsonl"), "bundled questions.jsonl");
    }

    public static List<Question> readJsonl(Path file) {
        return parseJsonl(text(file), file.toString());
    }

    public static List<Question> readCsv(Path file) {
        return parseCsv(text(file), file.toString());
    }

    static List<Question> parseJsonl(String text, String source) {
        List<Question> questions = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                questions.add(fromJson(lines[i], source + ":" + (i + 1), "q" + (i + 1)));
            }
        }
        return nonEmpty(questions, source);
    }

    static List<Question> parseCsv(String text, String source) {
        List<List<String>> rows = Csv.parse(text, source);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (i == 0 && row.get(0).trim().equalsIgnoreCase("question")) {
                continue;
            }
            String where = source + " row " + (i + 1);
            if (row.size() < 4) {
                throw PlumblineException.invalidInput(where + " has " + row.size() + " fields; expected question, 2+ choices and answer");
            }
            List<String> choices = row.subList(1, row.size() - 1);
            questions.add(new Question("row" + (i + 1), row.get(0), choices, answerIndex(row.get(row.size() - 1), choices, where)));
        }
        return nonEmpty(questions, source);
    }

    private static Question fromJson(String line, String where, String defaultId) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw PlumblineException.invalidInput(where + " is not valid JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw PlumblineException.invalidInput(where + " is not a JSON object");
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!JSONL_KEYS.contains(key)) {
                throw PlumblineException.invalidInput(where + " has unknown field '" + key + "'; known: " + JSONL_KEYS);
            }
        });
        if (!node.path("question").isTextual() || !node.path("choices").isArray() || !node.path("answer").isTextual()) {
            throw PlumblineException.invalidInput(where + " needs \"question\" (text), \"choices\" (array of text) and \"answer\" (letter or choice text)");
        }
        List<String> choices = new ArrayList<>();
        node.get("choices").forEach(choice -> choices.add(choice.asText()));
        String id = node.path("id").isTextual() ? node.get("id").asText() : defaultId;
        return new Question(id, node.get("question").asText(), choices, answerIndex(node.get("answer").asText(), choices, where));
    }

    static int answerIndex(String answer, List<String> choices, String where) {
        String trimmed = answer.trim();
        if (trimmed.length() == 1 && Character.isLetter(trimmed.charAt(0))) {
            int index = Character.toUpperCase(trimmed.charAt(0)) - 'A';
            if (index >= 0 && index < choices.size()) {
                return index;
            }
        }
        int exact = choices.indexOf(trimmed);
        if (exact >= 0 && choices.lastIndexOf(trimmed) == exact) {
            return exact;
        }
        throw PlumblineException.invalidInput(where + " has answer '" + answer + "', which is neither a choice letter (A-"
                + Question.letter(choices.size() - 1) + ") nor the text of exactly one choice");
    }

    private static List<Question> nonEmpty(List<Question> questions, String source) {
        if (questions.isEmpty()) {
            throw PlumblineException.invalidInput(source + " holds no questions");
        }
        return List.copyOf(questions);
    }

    static String resource(String name) {
        try (InputStream in = QuestionSets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw PlumblineException.internal("bundled resource " + name + " is missing from the jar", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PlumblineException.invalidInput("cannot read " + file + ": " + e.getMessage());
        }
    }
}
