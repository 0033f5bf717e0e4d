package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.llm.ModelConfig;
import dev.plumbline.model.PlumblineException;
import java.util.regex.Pattern;

/**
 * A judge configured once under a name: how to reach and call its model (base URL, model, family,
 * the name of the key's environment variable, temperature, timeouts, retries, concurrency limit,
 * prices) and the template it judges with, pinned as {@code name@version}. Holds no key. Immutable.
 */
public record JudgeProfile(String name, ModelConfig model, String template) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    public JudgeProfile {
        requireNonNull(name, "name is null");
        requireNonNull(model, "model is null");
        requireNonNull(template, "template is null");
        if (!validName(name)) {
            throw PlumblineException.invalidInput("judge name '" + name
                    + "' is invalid: use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        // a key pasted where its variable's name belongs would otherwise be written to disk
        model.apiKeyVariable().filter(v -> !VARIABLE.matcher(v).matches()).ifPresent(v -> {
            throw PlumblineException.invalidInput("the key variable must be an environment variable's name such as "
                    + "JUDGE_API_KEY, not a key: keys are read from the environment and never stored");
        });
        if (!template.contains("@")) {
            throw PlumblineException.invalidInput("a judge's template is pinned as name@version, got '" + template + "'");
        }
    }

    /** Whether {@code name} can name a judge (and so a file: no separators, no dots first). */
    public static boolean validName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The actor id this judge's labels carry, and so the id the judge audit and the pairs gate know it by. */
    public String actorId() {
        return model.modelRef().release();
    }

    /**
     * The run config for this judge with {@code chosen} (its own template unless the caller overrides
     * it): its temperature and max tokens on every call, its prices for the cost total.
     */
    public JudgeRunConfig runConfig(JudgeTemplate chosen) {
        JudgeRunConfig config = JudgeRunConfig.of(chosen).withPrices(model.prices());
        var options = config.options().withTemperature(model.temperature());
        return config.withOptions(model.maxTokens().map(options::withMaxTokens).orElse(options));
    }
}
