package dev.plumbline.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumbline.model.Message;
import dev.plumbline.pairs.Pair;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes pairs as TRL rows. Conversational columns are lists of {@code {role, content}} messages;
 * standard columns are strings, where a prompt of one user message is that message and a longer
 * conversation is rendered turn by turn as {@code "User: ...\n\nAssistant: ..."}. DPO and SFT write
 * one row per pair; KTO writes two (the chosen side with {@code label: true}, the rejected with
 * {@code false}); SFT keeps the chosen side only.
 */
final class TrlRows {
    private final TrlFormat format;
    private final boolean conversational;

    TrlRows(TrlFormat format, boolean conversational) {
        this.format = format;
        this.conversational = conversational;
    }

    /** Writes the pair's rows, each a JSON object followed by a newline; returns how many. */
    int write(JsonGenerator json, Pair pair) throws IOException {
        switch (format) {
            case DPO:
                startRow(json, pair);
                completion(json, "chosen", pair.chosen().text());
                completion(json, "rejected", pair.rejected().text());
                return endRow(json);
            case KTO:
                return kto(json, pair, pair.chosen().text(), true) + kto(json, pair, pair.rejected().text(), false);
            case SFT:
                return sft(json, pair);
        }
        throw new IllegalStateException("unreachable");
    }

    private int kto(JsonGenerator json, Pair pair, String completion, boolean label) throws IOException {
        startRow(json, pair);
        completion(json, "completion", completion);
        json.writeBooleanField("label", label);
        return endRow(json);
    }

    private int sft(JsonGenerator json, Pair pair) throws IOException {
        if (!conversational) {
            startRow(json, pair);
            completion(json, "completion", pair.chosen().text());
            return endRow(json);
        }
        json.writeStartObject();
        List<Message> messages = new ArrayList<>(pair.prompt());
        messages.add(Message.assistant(pair.chosen().text()));
        messages(json, "messages", messages);
        return endRow(json);
    }

    private void startRow(JsonGenerator json, Pair pair) throws IOException {
        json.writeStartObject();
        if (conversational) {
            messages(json, "prompt", pair.prompt());
        } else {
            json.writeStringField("prompt", standardPrompt(pair.prompt()));
        }
    }

    private void completion(JsonGenerator json, String field, String text) throws IOException {
        if (conversational) {
            messages(json, field, List.of(Message.assistant(text)));
        } else {
            json.writeStringField(field, text);
        }
    }

    private static int endRow(JsonGenerator json) throws IOException {
        json.writeEndObject();
        json.writeRaw('\n');
        return 1;
    }

    private static void messages(JsonGenerator json, String field, List<Message> messages) throws IOException {
        json.writeArrayFieldStart(field);
        for (Message message : messages) {
            json.writeStartObject();
            json.writeStringField("role", message.role());
            json.writeStringField("content", message.content());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** One user message as itself; a longer conversation as "Role: content" turns. */
    static String standardPrompt(List<Message> prompt) {
        if (prompt.size() == 1 && prompt.get(0).role().equals("user")) {
            return prompt.get(0).content();
        }
        StringBuilder text = new StringBuilder();
        for (Message message : prompt) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            String role = message.role();
            text.append(role.substring(0, 1).toUpperCase(Locale.ROOT)).append(role.substring(1)).append(": ")
                    .append(message.content());
        }
        return text.toString();
    }
}
