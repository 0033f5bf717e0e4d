package dev.plumbline.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import dev.plumbline.model.Usage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one JSON object of wire format v1 into a {@link Record}, or into the list of every problem
 * it has (each with the record's index and the field's path). Stateless and thread-safe.
 */
public final class V1Decoder {
    private static final String REDACTED = "true";
    public static final int SCHEMA_VERSION = 1;

    /** The result of decoding one record: exactly one of {@code record} and a non-empty problem list. */
    public record Decoded(int index, Optional<Record> record, List<RecordProblem> problems) {
        public Decoded {
            problems = List.copyOf(problems);
        }
    }

    public Decoded decode(JsonNode node, int index) {
        List<RecordProblem> problems = new ArrayList<>();
        if (node == null || !node.isObject()) {
            problems.add(new RecordProblem(index, "$", "must be a JSON object, was " + FieldReader.describe(node)));
            return new Decoded(index, Optional.empty(), problems);
        }
        FieldReader fields = new FieldReader(node, index, "$", problems);
        Optional<Record> record = decodeChecked(fields, problems);
        return new Decoded(index, problems.isEmpty() ? record : Optional.empty(), problems);
    }

    private Optional<Record> decodeChecked(FieldReader fields, List<RecordProblem> problems) {
        if (!checkSchemaVersion(fields)) {
            return Optional.empty();
        }
        Optional<String> kindName = fields.optionalString("kind");
        if (kindName.isEmpty()) {
            if (!fields.has("kind")) {
                fields.problem("kind", "is required: one of interaction, feedback, label");
            }
            return Optional.empty();
        }
        Optional<Kind> kind = Kind.fromWire(kindName.get());
        if (kind.isEmpty()) {
            fields.problem("kind", "unknown kind '" + FieldReader.abbreviate(kindName.get())
                    + "': expected one of interaction, feedback, label");
            return Optional.empty();
        }
        try {
            Record record = switch (kind.get()) {
                case INTERACTION -> interaction(fields);
                case FEEDBACK -> feedback(fields);
                case LABEL -> label(fields);
            };
            return problems.isEmpty() ? Optional.of(record) : Optional.empty();
        } catch (PlumblineException e) {
            if (problems.isEmpty()) {
                fields.problem("", e.getMessage());
            }
            return Optional.empty();
        }
    }

    private boolean checkSchemaVersion(FieldReader fields) {
        if (!fields.has("schema_version")) {
            return true;
        }
        JsonNode version = fields.node("schema_version");
        if (!version.isIntegralNumber() || version.intValue() != SCHEMA_VERSION) {
            fields.problem("schema_version", "unknown schema_version " + version
                    + ": this server reads version " + SCHEMA_VERSION);
            return false;
        }
        return true;
    }

    private Interaction interaction(FieldReader fields) {
        String id = fields.requiredString("id");
        Instant ts = fields.requiredInstant("ts");
        ModelRef model = model(fields);
        List<Message> messages = messages(fields);
        String completion = fields.requiredText("completion");
        Optional<Double> propensity = fields.optionalNumber("feedback_propensity");
        if (propensity.isPresent() && !(propensity.get() > 0 && propensity.get() <= 1)) {
            fields.problem("feedback_propensity", "must be in (0, 1], was " + propensity.get());
            propensity = Optional.empty();
        }
        return new Interaction(id, fields.optionalString("session_id"), fields.optionalString("user_id"), ts, model,
                messages, completion, fields.optionalString("regenerates"), propensity, usage(fields),
                fields.scalarMap("meta"));
    }

    private ModelRef model(FieldReader fields) {
        JsonNode node = fields.node("model");
        if (node != null && node.isTextual() && !node.textValue().isBlank()) {
            return new ModelRef(node.textValue(), Optional.empty(), Optional.empty());
        }
        if (node == null || !node.isObject()) {
            fields.problem("model", node == null ? "is required: {\"name\": ..., \"version\": ..., \"family\": ...}"
                    : "must be an object with a name, was " + FieldReader.describe(node));
            return new ModelRef("?", Optional.empty(), Optional.empty());
        }
        FieldReader model = fields.child("model");
        String name = model.requiredString("name");
        return new ModelRef(name.isBlank() ? "?" : name, model.optionalString("version"), model.optionalString("family"));
    }

    private List<Message> messages(FieldReader fields) {
        JsonNode node = fields.node("messages");
        if (node == null || node.isNull()) {
            Optional<String> prompt = fields.optionalString("prompt");
            if (prompt.isPresent()) {
                return List.of(Message.user(prompt.get()));
            }
            fields.problem("messages", "is required: an array of {\"role\", \"content\"} (or give a \"prompt\" string)");
            return List.of();
        }
        if (!node.isArray()) {
            fields.problem("messages", "must be an array, was " + FieldReader.describe(node));
            return List.of();
        }
        List<Message> messages = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            FieldReader message = fields.child("messages").element(i);
            if (!node.get(i).isObject()) {
                message.problem("", "must be an object with role and content");
                continue;
            }
            messages.add(new Message(message.requiredString("role"), message.requiredText("content")));
        }
        return messages;
    }

    private Optional<Usage> usage(FieldReader fields) {
        if (!fields.has("usage")) {
            return Optional.empty();
        }
        FieldReader usage = fields.child("usage");
        long input = usage.optionalNumber("input_tokens").orElse(0.0).longValue();
        long output = usage.optionalNumber("output_tokens").orElse(0.0).longValue();
        if (input < 0 || output < 0) {
            usage.problem("", "token counts must not be negative");
            return Optional.empty();
        }
        return Optional.of(new Usage(input, output));
    }

    private Feedback feedback(FieldReader fields) {
        String id = fields.requiredString("id");
        Instant ts = fields.requiredInstant("ts");
        Optional<FeedbackType> type = feedbackType(fields);
        Actor actor = actor(fields, ActorRole.USER);
        List<String> chosen = fields.stringList("chosen");
        List<String> rejected = fields.stringList("rejected");
        Optional<String> interactionId = fields.optionalString("interaction_id");
        if (interactionId.isEmpty() && type.isPresent() && type.get() == FeedbackType.CHOICE && !chosen.isEmpty()) {
            interactionId = Optional.of(chosen.get(0));
        } else if (interactionId.isEmpty() && !fields.has("interaction_id")) {
            fields.problem("interaction_id", "is required: the id of the interaction this feedback is about");
        }
        Feedback feedback = new Feedback(id, interactionId.orElse(""), ts, type.orElse(FeedbackType.ACCEPT), actor,
                fields.optionalNumber("value"), fields.optionalNumber("scale"), fields.optionalString("text"),
                fields.optionalString("name"), fields.optionalString("reason"), chosen, rejected,
                fields.scalarMap("meta"));
        type.ifPresent(t -> checkFeedbackShape(t, feedback, fields));
        return feedback;
    }

    private Optional<FeedbackType> feedbackType(FieldReader fields) {
        Optional<String> name = fields.optionalString("type");
        if (name.isEmpty()) {
            if (!fields.has("type")) {
                fields.problem("type", "is required: one of " + feedbackTypeNames());
            }
            return Optional.empty();
        }
        Optional<FeedbackType> type = FeedbackType.fromWire(name.get());
        if (type.isEmpty()) {
            fields.problem("type", "unknown feedback type '" + FieldReader.abbreviate(name.get())
                    + "': expected one of " + feedbackTypeNames());
        }
        return type;
    }

    private static String feedbackTypeNames() {
        List<String> names = new ArrayList<>();
        for (FeedbackType type : FeedbackType.values()) {
            names.add(type.wireName());
        }
        return String.join(", ", names);
    }

    private void checkFeedbackShape(FeedbackType type, Feedback feedback, FieldReader fields) {
        switch (type) {
            case THUMBS -> {
                if (feedback.value().isEmpty() || Math.abs(feedback.value().get()) != 1.0) {
                    fields.problem("value", "thumbs feedback needs value 1 (up) or -1 (down)");
                }
            }
            case RATING -> {
                if (feedback.value().isEmpty()) {
                    fields.problem("value", "rating feedback needs a numeric value");
                }
                feedback.scale().filter(scale -> scale <= 0)
                        .ifPresent(scale -> fields.problem("scale", "must be positive (the top of the scale)"));
                feedback.scale().ifPresent(scale -> feedback.value().filter(value -> value > scale)
                        .ifPresent(value -> fields.problem("value", "is above the scale's top " + scale)));
            }
            case EDIT, CORRECTION, FOLLOW_UP -> {
                // A privacy setting may withhold the text: meta.redacted "true" says so explicitly.
                if (feedback.text().isEmpty() && !fields.has("text") && !REDACTED.equals(feedback.meta().get("redacted"))) {
                    fields.problem("text", type.wireName() + " feedback needs the text (or meta {\"redacted\": \"true\"}"
                            + " when a privacy setting withholds it)");
                }
            }
            case CHOICE -> {
                if (feedback.chosen().isEmpty() || feedback.rejected().isEmpty()) {
                    fields.problem(feedback.chosen().isEmpty() ? "chosen" : "rejected",
                            "choice feedback needs chosen and rejected interaction ids");
                }
            }
            case OUTCOME -> {
                if (feedback.name().isEmpty() && !fields.has("name")) {
                    fields.problem("name", "outcome feedback needs a name, such as task_success or retained_7d");
                }
                if (feedback.value().isEmpty() && !fields.has("value")) {
                    fields.problem("value", "outcome feedback needs a numeric value (1/0 for yes/no)");
                }
            }
            case COPY, ACCEPT, REGENERATE, ABANDON -> {
                // no required payload
            }
        }
    }

    private Actor actor(FieldReader fields, ActorRole fallback) {
        if (!fields.has("actor")) {
            return new Actor(fallback, Optional.empty(), Optional.empty());
        }
        if (!fields.node("actor").isObject()) {
            fields.problem("actor", "must be an object with a role, was " + FieldReader.describe(fields.node("actor")));
            return new Actor(fallback, Optional.empty(), Optional.empty());
        }
        FieldReader actor = fields.child("actor");
        Optional<String> roleName = actor.optionalString("role");
        ActorRole role = fallback;
        if (roleName.isPresent()) {
            Optional<ActorRole> parsed = ActorRole.fromWire(roleName.get());
            if (parsed.isEmpty()) {
                actor.problem("role", "unknown role '" + FieldReader.abbreviate(roleName.get())
                        + "': expected user, annotator, judge or system");
            }
            role = parsed.orElse(fallback);
        }
        return new Actor(role, actor.optionalString("id"), actor.optionalString("family"));
    }

    private Label label(FieldReader fields) {
        String id = fields.requiredString("id");
        Instant ts = fields.requiredInstant("ts");
        LabelSubject subject = subject(fields);
        boolean unparsed = fields.optionalBoolean("unparsed", false);
        String value = labelValue(fields, subject, unparsed);
        if (!fields.has("actor")) {
            fields.problem("actor", "is required: who gave the label ({\"role\": \"annotator\", \"id\": ...})");
        }
        Actor actor = actor(fields, ActorRole.ANNOTATOR);
        return new Label(id, subject, value, actor, fields.optionalBoolean("saw_draft", false),
                fields.optionalString("guideline"), ts, fields.stringList("order"), fields.optionalString("raw"),
                unparsed, fields.optionalString("scale"), fields.optionalString("round"), fields.scalarMap("meta"));
    }

    private LabelSubject subject(FieldReader fields) {
        JsonNode node = fields.node("subject");
        if (node == null || !node.isObject()) {
            fields.problem("subject", "is required: {\"pair\": [id, id]} or {\"item\": id}");
            return new LabelSubject.Item("?");
        }
        FieldReader subject = fields.child("subject");
        if (subject.has("pair")) {
            List<String> ids = subject.stringList("pair");
            if (ids.size() != 2 || ids.get(0).equals(ids.get(1))) {
                subject.problem("pair", "must hold exactly two different ids");
                return new LabelSubject.Item("?");
            }
            return new LabelSubject.Pair(ids.get(0), ids.get(1));
        }
        if (subject.has("item")) {
            return new LabelSubject.Item(subject.requiredString("item"));
        }
        fields.problem("subject", "must have \"pair\" (two ids) or \"item\" (one id)");
        return new LabelSubject.Item("?");
    }

    private String labelValue(FieldReader fields, LabelSubject subject, boolean unparsed) {
        JsonNode value = fields.node("value");
        if (value == null || value.isNull()) {
            if (!unparsed) {
                fields.problem("value", "is required (A, B or tie for a pair; a number or category for an item)");
            }
            return "";
        }
        if (!value.isValueNode()) {
            fields.problem("value", "must be a string or number, was " + FieldReader.describe(value));
            return "";
        }
        String text = value.asText();
        if (subject instanceof LabelSubject.Pair && !unparsed && !Label.PAIR_VALUES.contains(text)) {
            fields.problem("value", "a pairwise label's value must be A, B or tie, was '" + FieldReader.abbreviate(text) + "'");
        }
        return text;
    }
}
