package dev.plumbline.cli;

import dev.plumbline.llm.ModelConfig;
import dev.plumbline.model.PlumblineException;
import picocli.CommandLine.Option;

/**
 * An OpenAI-compatible model named inline: {@code --base-url URL --model NAME [--family F]}, the
 * key read from {@code OPENAI_API_KEY} or the variable {@code --api-key-env} names.
 */
final class ModelOptions {
    @Option(names = "--base-url", defaultValue = "${env:OPENAI_BASE_URL:-https://api.openai.com/v1}",
            description = "OpenAI-compatible endpoint (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--model", description = "Model name at that endpoint.")
    String model;

    @Option(names = "--family", description = "The model's family (for self-preference and contamination audits).")
    String family;

    // No default value: a named variable must be set, while OPENAI_API_KEY is optional (local servers need no key).
    @Option(names = {"--api-key-env", "--key-env"}, description = "Environment variable holding the key (default: OPENAI_API_KEY if set, else no key).")
    String apiKeyVariable;

    ModelConfig config(String name) {
        if (name == null || name.isBlank()) {
            throw PlumblineException.invalidInput("name the model: --model NAME (with --base-url URL for a non-OpenAI endpoint)");
        }
        ModelConfig config = ModelConfig.of(baseUrl, name);
        config = apiKeyVariable == null ? config : config.withApiKeyVariable(apiKeyVariable);
        return family == null ? config : config.withFamily(family);
    }
}
