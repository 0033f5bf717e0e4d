package dev.plumbline.llm;

import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import java.util.List;

/**
 * The port through which capabilities talk to a language model: a conversation in, one
 * completion out. Capabilities depend on this interface, never on HTTP. Implementations are
 * thread-safe and throw {@link dev.plumbline.model.PlumblineException} on failure.
 */
public interface ChatModel {
    /** The model behind this port: name and, where configured, family. */
    ModelRef model();

    /** Completes the conversation with the given per-call options. */
    Completion complete(List<Message> messages, ChatOptions options);

    /** Completes the conversation with the model's configured defaults. */
    default Completion complete(List<Message> messages) {
        return complete(messages, ChatOptions.defaults());
    }
}
