package dev.plumbline.store;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Usage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records for the store contract tests: sparse ones with no optional field set, and full ones with
 * every optional field set and text that stresses encodings (several scripts, emoji outside the
 * BMP, combining marks, quotes, backslashes, control characters, SQL and array-literal syntax).
 */
public final class SampleRecords {
    /** Text no encoding layer between the record and the database may alter. */
    public static final String AWKWARD_TEXT = "Grüße, 你好, مرحبا, שלום, Ελληνικά — emoji 😀👍🏽, e\u0301 combining,"
            + " \"quotes\" 'single' \\backslash\\ {braces,commas} NULL null \t tab \n newline \u0000 nul \u001f ; DROP TABLE records; --";

    public static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private SampleRecords() {
    }

    public static Interaction interaction(String id, Instant ts) {
        return new Interaction(id, Optional.empty(), Optional.empty(), ts, new ModelRef("acme-assist", Optional.empty(),
                Optional.empty()), List.of(Message.user("Draft a refund email")), "Dear customer, ...", Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    public static Interaction interaction(String id) {
        return interaction(id, T0);
    }

    public static Interaction interaction(String id, String modelName, String modelVersion, Instant ts) {
        return new Interaction(id, Optional.empty(), Optional.empty(), ts,
                ModelRef.of(modelName, modelVersion, null), List.of(Message.user("hi")), "hello", Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    /** An interaction with every optional field set, much of it awkward text. */
    public static Interaction fullInteraction(String id) {
        return new Interaction(id, Optional.of("session ✓ NULL"), Optional.of("NULL"), T0.plusNanos(123_456_000),
                new ModelRef("acme-assist \"β\"", Optional.of("2026-10-01 {v,2}"), Optional.of("llama-3 \\ 🦙")),
                List.of(new Message("system", "Be brief."), Message.user(AWKWARD_TEXT),
                        Message.assistant(""), new Message("tool", "{\"ok\": true}")),
                AWKWARD_TEXT, Optional.of("i-previous"), Optional.of(0.2), Optional.of(new Usage(12, 3456)),
                Map.of("feature", "email", "segment", "free ☂", "NULL", "", "quote\"key", "back\\slash"));
    }

    public static Feedback feedback(String id, String interactionId) {
        return Feedback.of(id, interactionId, T0.plusSeconds(31), FeedbackType.COPY,
                new Actor(ActorRole.USER, Optional.empty(), Optional.empty()));
    }

    /** One feedback of every type, each with the fields its type needs plus every other optional one. */
    public static List<Feedback> feedbackOfEveryType(String interactionId) {
        return Arrays.stream(FeedbackType.values())
                .map(type -> new Feedback("f-" + type.wireName() + "-" + interactionId, interactionId,
                        T0.plusSeconds(40 + type.ordinal()), type,
                        new Actor(ActorRole.USER, Optional.of("u-3 ✓"), Optional.of("human")),
                        Optional.of(type == FeedbackType.THUMBS ? -1.0 : 4.5), Optional.of(5.0),
                        Optional.of(AWKWARD_TEXT), Optional.of("task_success"), Optional.of("too long 🙄"),
                        List.of(interactionId, "i-other"), List.of("i-rejected", "NULL"),
                        Map.of("source", "widget", "emoji", "🎉")))
                .toList();
    }

    public static Label pairLabel(String id, String first, String second) {
        return Label.pairwise(id, first, second, "B", Actor.of(ActorRole.ANNOTATOR, "ann-1"), T0.plusSeconds(60));
    }

    /** A judge's pairwise label and a single-item label, with every optional field set. */
    public static List<Label> fullLabels(String prefix) {
        Label judge = new Label(prefix + "-judge", new LabelSubject.Pair("i-41", "i-42"), "tie",
                Actor.judge("gpt-4o-2024-08-06", "gpt-4"), true, Optional.of("v3 ✓"), T0.plusMillis(61_001),
                List.of("i-42", "i-41"), Optional.of(AWKWARD_TEXT), false, Optional.of("pairwise"),
                Optional.of("round-2"), Map.of("cost_usd", "0.0012"));
        Label unparsed = new Label(prefix + "-unparsed", new LabelSubject.Pair("i-41", "i-42"), "",
                Actor.judge("gpt-4o-2024-08-06", "gpt-4"), false, Optional.empty(), T0.plusSeconds(62),
                List.of(), Optional.of("I cannot decide 🤷"), true, Optional.empty(), Optional.empty(), Map.of());
        Label item = new Label(prefix + "-item", new LabelSubject.Item("i-42"), "4",
                new Actor(ActorRole.ANNOTATOR, Optional.of("ann-2"), Optional.empty()), false, Optional.of("v3"),
                T0.plusSeconds(63), List.of(), Optional.empty(), false, Optional.of("1-5"), Optional.empty(),
                Map.of("note", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"));
        return List.of(judge, unparsed, item);
    }
}
