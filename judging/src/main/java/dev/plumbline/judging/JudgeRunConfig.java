package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.llm.ChatOptions;
import dev.plumbline.llm.Prices;
import dev.plumbline.model.PlumblineException;
import java.util.Optional;

/**
 * How to run a judge: the template, the presentation orders (pairwise), the round the labels belong
 * to, how an order-inconsistent pair resolves in the run's verdicts, the per-call options, the
 * prices for the cost total, and how many calls to submit at once (the model's own concurrency limit
 * still decides how many are in flight).
 */
public record JudgeRunConfig(JudgeTemplate template, PresentationOrders orders, Optional<String> round,
        InconsistentVerdicts inconsistent, ChatOptions options, Prices prices, int parallelism) {
    public JudgeRunConfig {
        requireNonNull(template, "template is null");
        requireNonNull(orders, "orders is null");
        requireNonNull(round, "round is null");
        requireNonNull(inconsistent, "inconsistent is null");
        requireNonNull(options, "options is null");
        requireNonNull(prices, "prices is null");
        if (parallelism < 1) {
            throw PlumblineException.invalidInput("parallelism must be at least 1, got " + parallelism);
        }
    }

    /** Both orders, no round, inconsistent pairs as ties, temperature 0, free, 16 calls submitted at once. */
    public static JudgeRunConfig of(JudgeTemplate template) {
        return new JudgeRunConfig(template, PresentationOrders.BOTH, Optional.empty(), InconsistentVerdicts.AS_TIE,
                ChatOptions.defaults().withTemperature(0), Prices.FREE, 16);
    }

    public JudgeRunConfig withOrders(PresentationOrders value) {
        return new JudgeRunConfig(template, value, round, inconsistent, options, prices, parallelism);
    }

    public JudgeRunConfig withRound(String value) {
        return new JudgeRunConfig(template, orders, Optional.of(value), inconsistent, options, prices, parallelism);
    }

    public JudgeRunConfig withInconsistent(InconsistentVerdicts value) {
        return new JudgeRunConfig(template, orders, round, value, options, prices, parallelism);
    }

    public JudgeRunConfig withPrices(Prices value) {
        return new JudgeRunConfig(template, orders, round, inconsistent, options, value, parallelism);
    }

    public JudgeRunConfig withOptions(ChatOptions value) {
        return new JudgeRunConfig(template, orders, round, inconsistent, value, prices, parallelism);
    }

    public JudgeRunConfig withParallelism(int value) {
        return new JudgeRunConfig(template, orders, round, inconsistent, options, prices, value);
    }
}
