package dev.plumbline.pairs;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Provenance;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The binary form pairs and thumbed answers take in spill files: exact (every character, including
 * unpaired surrogates, comes back as it went in) and private to one mining run, so it carries no
 * version. Latin-1 strings go as their bytes; others as chunks of {@code writeUTF}, which encodes
 * char by char (lone surrogates too) but caps a chunk at 64 KiB of bytes.
 */
final class SpillCodec {
    private static final int CHUNK = 16_384;

    private SpillCodec() {
    }

    static void writePair(DataOutput out, Pair pair) throws IOException {
        writeString(out, pair.id());
        writeMessages(out, pair.prompt());
        writeSide(out, pair.chosen());
        writeSide(out, pair.rejected());
        out.writeBoolean(pair.tie());
        out.writeDouble(pair.confidence());
        writeString(out, pair.sessionId());
        writeOptional(out, pair.userId());
        out.writeInt(pair.labelSources().size());
        for (LabelSource source : pair.labelSources()) {
            writeLabelSource(out, source);
        }
        writeProvenance(out, pair.provenance());
    }

    static Pair readPair(DataInput in) throws IOException {
        String id = readString(in);
        List<Message> prompt = readMessages(in);
        Side chosen = readSide(in);
        Side rejected = readSide(in);
        boolean tie = in.readBoolean();
        double confidence = in.readDouble();
        String sessionId = readString(in);
        Optional<String> userId = readOptional(in);
        int sources = in.readInt();
        List<LabelSource> labelSources = new ArrayList<>(sources);
        for (int i = 0; i < sources; i++) {
            labelSources.add(readLabelSource(in));
        }
        return new Pair(id, prompt, chosen, rejected, tie, confidence, sessionId, userId, labelSources,
                readProvenance(in));
    }

    static void writeThumbed(DataOutput out, ThumbedAnswer answer) throws IOException {
        writeMessages(out, answer.messages());
        writeSide(out, answer.side());
        writeOptional(out, answer.userId());
        writeString(out, answer.thumbsId());
        writeActor(out, answer.actor());
        out.writeDouble(answer.value());
        writeString(out, answer.sessionId());
    }

    static ThumbedAnswer readThumbed(DataInput in) throws IOException {
        return new ThumbedAnswer(readMessages(in), readSide(in), readOptional(in), readString(in), readActor(in),
                in.readDouble(), readString(in));
    }

    private static void writeMessages(DataOutput out, List<Message> messages) throws IOException {
        out.writeInt(messages.size());
        for (Message message : messages) {
            writeString(out, message.role());
            writeString(out, message.content());
        }
    }

    private static List<Message> readMessages(DataInput in) throws IOException {
        int size = in.readInt();
        List<Message> messages = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            messages.add(new Message(readString(in), readString(in)));
        }
        return messages;
    }

    private static void writeSide(DataOutput out, Side side) throws IOException {
        writeString(out, side.recordId());
        writeString(out, side.text());
        out.writeBoolean(side.model().isPresent());
        if (side.model().isPresent()) {
            ModelRef model = side.model().get();
            writeString(out, model.name());
            writeOptional(out, model.version());
            writeOptional(out, model.family());
        }
    }

    private static Side readSide(DataInput in) throws IOException {
        String recordId = readString(in);
        String text = readString(in);
        Optional<ModelRef> model = in.readBoolean()
                ? Optional.of(new ModelRef(readString(in), readOptional(in), readOptional(in))) : Optional.empty();
        return new Side(recordId, text, model);
    }

    private static void writeLabelSource(DataOutput out, LabelSource source) throws IOException {
        writeString(out, source.recordId());
        out.writeByte(source.origin().ordinal());
        out.writeByte(source.role().ordinal());
        writeOptional(out, source.actorId());
        writeOptional(out, source.family());
    }

    private static LabelSource readLabelSource(DataInput in) throws IOException {
        return new LabelSource(readString(in), LabelOrigin.values()[in.readByte()], ActorRole.values()[in.readByte()],
                readOptional(in), readOptional(in));
    }

    private static void writeActor(DataOutput out, Actor actor) throws IOException {
        out.writeByte(actor.role().ordinal());
        writeOptional(out, actor.id());
        writeOptional(out, actor.family());
    }

    private static Actor readActor(DataInput in) throws IOException {
        return new Actor(ActorRole.values()[in.readByte()], readOptional(in), readOptional(in));
    }

    private static void writeProvenance(DataOutput out, Provenance provenance) throws IOException {
        out.writeInt(provenance.sources().size());
        for (String source : provenance.sources()) {
            writeString(out, source);
        }
        writeString(out, provenance.rule());
        writeString(out, provenance.ruleVersion());
        writeString(out, provenance.configHash());
        writeString(out, provenance.codeVersion());
    }

    private static Provenance readProvenance(DataInput in) throws IOException {
        int size = in.readInt();
        List<String> sources = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sources.add(readString(in));
        }
        return new Provenance(sources, readString(in), readString(in), readString(in), readString(in));
    }

    private static void writeOptional(DataOutput out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            writeString(out, value.get());
        }
    }

    private static Optional<String> readOptional(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
    }

    static void writeString(DataOutput out, String text) throws IOException {
        if (latin1(text)) {
            // Most text is Latin-1: one byte per char, copied without encoding; tagged by a negative length.
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            out.writeInt(-bytes.length - 1);
            out.write(bytes);
            return;
        }
        int chunks = (text.length() + CHUNK - 1) / CHUNK;
        out.writeInt(chunks);
        for (int from = 0; from < text.length(); from += CHUNK) {
            out.writeUTF(text.substring(from, Math.min(text.length(), from + CHUNK)));
        }
    }

    static String readString(DataInput in) throws IOException {
        int header = in.readInt();
        if (header < 0) {
            byte[] bytes = new byte[-header - 1];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < header; i++) {
            text.append(in.readUTF());
        }
        return text.toString();
    }

    private static boolean latin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }
}
