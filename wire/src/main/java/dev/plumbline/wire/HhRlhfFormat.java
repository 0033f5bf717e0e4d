package dev.plumbline.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Anthropic's HH-RLHF files ({@code {"chosen": transcript, "rejected": transcript}} per line, gzip or
 * plain; transcripts are {@code "\n\nHuman: ...\n\nAssistant: ..."} turns). Each line becomes two
 * interactions in one session, whose messages are the transcript up to its last assistant turn and
 * whose completion is that turn, and a {@code choice} feedback by the crowdworker (who held the
 * conversation, so the user) preferring the chosen one. Where chosen and rejected do not share the conversation before the last assistant
 * turn, each interaction keeps its own conversation, unaltered, and the pair rule reports the choice
 * instead of pairing it. Ids are deterministic: {@code hh:<subset>:<split>:<line>:chosen|rejected|choice},
 * with the zero-based line number, the folder as subset and the file name as split.
 */
public final class HhRlhfFormat implements ForeignFormat {
    static final Pattern TURN = Pattern.compile("\n\n(Human|Assistant): ");
    /** The HH-RLHF paper's 52B assistant models; the files do not say which snapshot wrote which turn. */
    static final ModelRef MODEL = new ModelRef("anthropic-52b", Optional.empty(), Optional.of("anthropic"));
    /** The crowdworker who held the conversation and picked the better answer: the user of that session. */
    static final Actor CROWDWORKER = Actor.of(ActorRole.USER, "hh-rlhf-crowdworker");
    /** The date of the HH-RLHF paper, so the imported records have a fixed, meaningful time. */
    static final Instant EPOCH = Instant.parse("2022-04-12T00:00:00Z");

    @Override
    public String name() {
        return "hh-rlhf";
    }

    @Override
    public String description() {
        return "Anthropic HH-RLHF chosen/rejected transcripts (.jsonl or .jsonl.gz)";
    }

    @Override
    public boolean detects(Path input) throws IOException {
        String file = input.getFileName().toString();
        if (!Files.isRegularFile(input) || !(file.endsWith(".jsonl") || file.endsWith(".jsonl.gz"))) {
            return false;
        }
        try (BufferedReader reader = open(input)) {
            String first = reader.readLine();
            if (first == null) {
                return false;
            }
            JsonNode node = Json.mapper().readTree(first);
            return node.isObject() && node.size() == 2 && node.path("chosen").asText("").startsWith("\n\nHuman:")
                    && node.path("rejected").isTextual();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void read(Path input, Consumer<Record> records, Consumer<RecordProblem> problems) throws IOException {
        String prefix = "hh:" + subset(input) + ":" + split(input) + ":";
        try (BufferedReader reader = open(input)) {
            int index = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine(), index++) {
                if (!line.isBlank()) {
                    readLine(line, index, prefix + index, records, problems);
                }
            }
        }
    }

    private static void readLine(String line, int index, String id, Consumer<Record> records,
            Consumer<RecordProblem> problems) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.accept(new RecordProblem(index, "$", "is not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        List<RecordProblem> found = new ArrayList<>();
        Optional<List<Message>> chosen = transcript(node, "chosen", index, found);
        Optional<List<Message>> rejected = transcript(node, "rejected", index, found);
        if (!found.isEmpty()) {
            found.forEach(problems);
            return;
        }
        Instant ts = EPOCH.plusSeconds(index);
        records.accept(interaction(id + ":chosen", id, ts, chosen.orElseThrow()));
        records.accept(interaction(id + ":rejected", id, ts, rejected.orElseThrow()));
        records.accept(Feedback.of(id + ":choice", id + ":chosen", ts, FeedbackType.CHOICE, CROWDWORKER)
                .withChoice(List.of(id + ":chosen"), List.of(id + ":rejected")));
    }

    private static Optional<List<Message>> transcript(JsonNode node, String field, int index, List<RecordProblem> found) {
        JsonNode text = node.get(field);
        if (text == null || !text.isTextual()) {
            found.add(new RecordProblem(index, "$." + field, "is required: a \"\\n\\nHuman: ...\\n\\nAssistant: ...\" transcript"));
            return Optional.empty();
        }
        List<Message> turns = turns(text.asText());
        if (turns.isEmpty() || !turns.get(turns.size() - 1).role().equals("assistant")) {
            found.add(new RecordProblem(index, "$." + field, "must end with an \"\\n\\nAssistant: \" turn"));
            return Optional.empty();
        }
        return Optional.of(turns);
    }

    /** The transcript's turns; text before the first marker (normally none) is dropped. */
    static List<Message> turns(String transcript) {
        List<Message> turns = new ArrayList<>();
        Matcher matcher = TURN.matcher(transcript);
        String role = null;
        int start = 0;
        while (matcher.find()) {
            if (role != null) {
                turns.add(new Message(role, transcript.substring(start, matcher.start())));
            }
            role = matcher.group(1).equals("Human") ? "user" : "assistant";
            start = matcher.end();
        }
        if (role != null) {
            turns.add(new Message(role, transcript.substring(start)));
        }
        return turns;
    }

    private static Interaction interaction(String id, String session, Instant ts, List<Message> turns) {
        List<Message> conversation = turns.subList(0, turns.size() - 1);
        return new Interaction(id, Optional.of(session), Optional.empty(), ts, MODEL, conversation,
                turns.get(turns.size() - 1).content(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of("source", "hh-rlhf"));
    }

    private static BufferedReader open(Path input) throws IOException {
        InputStream in = Files.newInputStream(input);
        if (input.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static String subset(Path input) {
        Path parent = input.toAbsolutePath().getParent();
        return parent == null || parent.getFileName() == null ? "default" : parent.getFileName().toString();
    }

    private static String split(Path input) {
        return input.getFileName().toString().replaceFirst("\\.jsonl(\\.gz)?$", "");
    }
}
