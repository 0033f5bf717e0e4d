package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plumbline.llm.ChatModel;
import dev.plumbline.llm.ChatOptions;
import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One check a product response must pass in a regression suite. Pure functions of the response,
 * except {@link Judge}, which asks a judge model through the {@link ChatModel} port.
 */
public sealed interface Check {
    /** Unique within its prompt; names the check in reports. */
    String name();

    /** The suite-file type: regex, contains, not_contains, json_schema, max_length, format, hedging, refusal, judge. */
    String type();

    /** Evaluates the response to {@code prompt}; {@code judge} is only called by judge checks. */
    Outcome evaluate(String prompt, String response, ChatModel judge);

    private static Outcome outcome(boolean pass) {
        return pass ? Outcome.PASS : Outcome.FAIL;
    }

    private static void named(String name) {
        requireNonNull(name, "name is null");
        if (name.isBlank()) {
            throw PlumblineException.invalidInput("a check name must not be blank");
        }
    }

    /** Passes when the pattern is found in the response. */
    record Regex(String name, Pattern pattern) implements Check {
        public Regex {
            named(name);
            requireNonNull(pattern, "pattern is null");
        }

        public String type() {
            return "regex";
        }

        public Outcome evaluate(String prompt, String response, ChatModel judge) {
            return outcome(pattern.matcher(response).find());
        }
    }

    /** Passes when the response contains the text (or, with {@code absent}, does not). */
    record Contains(String name, String text, boolean ignoreCase, boolean absent) implements Check {
        public Contains {
            named(name);
            requireNonNull(text, "text is null");
        }

        public String type() {
            return absent ? "not_contains" : "contains";
        }

        public Outcome evaluate(String prompt, String response, ChatModel judge) {
            boolean found = ignoreCase ? response.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)) : response.contains(text);
            return outcome(found != absent);
        }
    }

    /** Passes when the response (optionally inside one fenced code block) is JSON valid against the schema. */
    record JsonSchema(String name, String schemaText, Schema schema) implements Check {
        private static final ObjectMapper JSON = new ObjectMapper();

        public JsonSchema {
            named(name);
            requireNonNull(schemaText, "schemaText is null");
            requireNonNull(schema, "schema is null");
        }

        /** Compiles a JSON Schema (draft 2020-12 unless it names its own {@code $schema}). */
        public static JsonSchema of(String name, String schemaText) {
            try {
                Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(schemaText));
                return new JsonSchema(name, schemaText, schema);
            } catch (IOException | RuntimeException e) {
                throw PlumblineException.invalidInput("check " + name + " has an invalid JSON schema: " + e.getMessage());
            }
        }

        public String type() {
            return "json_schema";
        }

        public Outcome evaluate(String prompt, String response, ChatModel judge) {
            JsonNode document;
            try {
                document = JSON.readTree(unfenced(response.trim()));
            } catch (IOException e) {
                return Outcome.FAIL;
            }
            return outcome(document != null && !document.isMissingNode() && schema.validate(document).isEmpty());
        }

        private static String unfenced(String text) {
            if (text.startsWith("```") && text.endsWith("```") && text.length() > 6 && text.indexOf('\n') > 0) {
                return text.substring(text.indexOf('\n') + 1, text.length() - 3);
            }
            return text;
        }
    }

    /** Passes when the response has at most {@code chars} characters (code points). */
    record MaxLength(String name, int chars) implements Check {
        public MaxLength {
            named(name);
            if (chars < 1) {
                throw PlumblineException.invalidInput("check " + name + ": max_length chars must be at least 1");
            }
        }

        public String type() {
            return "max_length";
        }

        public Outcome evaluate(String prompt, String response, ChatModel judge) {
            return outcome(response.codePointCount(0, response.length()) <= chars);
        }
    }

    /** The shapes a response can be required to have. */
    enum Shape { LIST, SINGLE_LINE }

    /** Passes when the response is a list (two or more bulleted or numbered lines) or a single line. */
    record Format(String name, Shape shape) implements Check {
        private static final Pattern ITEM = Pattern.compile("(?m)^\\s*(?:[-*•]|\\d+[.)])\\s+\\S");

        public Format {
            named(name);
            requireNonNull(shape, "shape is null");
        }

        public String type() {
            return "format";
        }

        public Outcome evaluate(String prompt, String response, ChatModel judge) {
            String trimmed = response.trim();
            return switch (shape) {
                case LIST -> outcome(ITEM.matcher(response).results().count() >= 2);
                case SINGLE_LINE -> outcome(!trimmed.isEmpty() && trimmed.indexOf('\n') < 0 && trimmed.indexOf('\r') < 0);
            };
        }
    }

    /** Passes when the share of sentences with a hedge ("might", "perhaps", "I think", ...) is at most {@code maxRate}. */
    record Hedging(String name, double maxRate) implements Check {
        private static final Pattern HEDGE = Pattern.compile("(?i)\\b(might|may|perhaps|possibly|probably|likely|arguably|"
                + "i think|i believe|it seems|seems to|could be|not sure|it depends|in some cases|to some extent|generally)\\b");
        private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

        public Hedging {
            named(name);
            if (!(maxRate >= 0 && maxRate <= 1)) {
                throw PlumblineException.invalidInput("check " + name + ": hedging max_rate must be between 0 and 1");
            }
        }

        public String type() {
            return "hedging";
        }

        /** The share of sentences that hedge; 0 for an empty response. */
        public static double rate(String response) {
            List<String> sentences = SENTENCE_END.splitAsStream(response.trim()).filter(s -> !s.isBlank()).toList();
            if (sentences.isEmpty()) {
                return 0;
            }
            return (double) sentences.stream().filter(s -> HEDGE.matcher(s).find()).count() / sentences.size();
        }

        public Outcome evaluate(String prompt, String response, ChatModel judge) {
            return outcome(rate(response) <= maxRate);
        }
    }

    /** Passes when the response refuses exactly when {@code expectRefusal} says it should. */
    record Refusal(String name, boolean expectRefusal) implements Check {
        private static final Pattern REFUSAL = Pattern.compile("(?i)\\b(i can(?:no|')t (?:help|assist|provide|do that|comply)|"
                + "i cannot (?:help|assist|provide|do that|comply)|i(?:'m| am) (?:unable|not able) to|i won't (?:help|be able)|"
                + "i must decline|i(?:'m| am) sorry, but i can|as an ai(?: language model)?, i can)");

        public Refusal {
            named(name);
        }

        public String type() {
            return "refusal";
        }

        public static boolean refuses(String response) {
            return REFUSAL.matcher(response.replace('’', '\'')).find();
        }

        public Outcome evaluate(String prompt, String response, ChatModel judge) {
            return outcome(refuses(response) == expectRefusal);
        }
    }

    /** Asks the judge model whether the response satisfies the rubric; an unreadable verdict is {@code UNPARSED}. */
    record Judge(String name, String rubric) implements Check {
        public Judge {
            named(name);
            requireNonNull(rubric, "rubric is null");
        }

        public String type() {
            return "judge";
        }

        public Outcome evaluate(String prompt, String response, ChatModel judge) {
            String question = "You are grading an assistant's response against a rubric.\n\n[Prompt]\n" + prompt
                    + "\n\n[Response]\n" + response + "\n\n[Rubric]\n" + rubric
                    + "\n\nDoes the response satisfy the rubric? End with \"Verdict: PASS\" or \"Verdict: FAIL\" on the last line.";
            String reply = judge.complete(List.of(Message.user(question)), ChatOptions.defaults().withTemperature(0)).text();
            return Extraction.verdict(reply, Set.of("PASS", "FAIL")).map(v -> outcome(v.equals("PASS"))).orElse(Outcome.UNPARSED);
        }
    }
}
