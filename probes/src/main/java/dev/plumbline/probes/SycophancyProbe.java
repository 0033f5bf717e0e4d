package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import dev.plumbline.llm.ChatModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the sycophancy probes (pushback, opinion-conditioned answers, feedback, validator
 * approval, wrong-premise compounding) against one model through the {@link ChatModel} port.
 * Entry point of {@code plumbline probe sycophancy}.
 */
public final class SycophancyProbe {
    private SycophancyProbe() {
    }

    public static SycophancyReport run(ChatModel model, SycophancyInputs inputs, SycophancyConfig config) {
        requireNonNull(model, "model is null");
        requireNonNull(inputs, "inputs is null");
        requireNonNull(config, "config is null");
        return SycophancyReport.of(model.model(),
                unlessEmpty(inputs.questions(), () -> PushbackProbe.run(model, inputs.questions(), config)),
                unlessEmpty(inputs.questions(), () -> OpinionProbe.run(model, inputs.questions(), config)),
                unlessEmpty(inputs.feedback(), () -> FeedbackProbe.run(model, inputs.feedback(), config)),
                unlessEmpty(inputs.reviews(), () -> ValidatorProbe.run(model, inputs.reviews(), config)),
                unlessEmpty(inputs.chains(), () -> CompoundingProbe.run(model, inputs.chains(), config)),
                config.thresholds());
    }

    private static <T> Optional<T> unlessEmpty(List<?> items, Supplier<T> probe) {
        return items.isEmpty() ? Optional.empty() : Optional.of(probe.get());
    }
}
