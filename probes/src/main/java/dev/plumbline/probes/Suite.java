package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A product regression suite: prompts with the checks their responses must pass, how many times
 * each prompt is sampled per model, and the significance level of the McNemar tests.
 */
public record Suite(String name, int repetitions, double alpha, List<Prompt> prompts) {
    public Suite {
        requireNonNull(name, "name is null");
        prompts = List.copyOf(requireNonNull(prompts, "prompts is null"));
        if (repetitions < 1 || repetitions > 1000) {
            throw PlumblineException.invalidInput("suite " + name + ": repetitions must be between 1 and 1000, got " + repetitions);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw PlumblineException.invalidInput("suite " + name + ": alpha must be between 0 and 1, got " + alpha);
        }
        if (prompts.isEmpty()) {
            throw PlumblineException.invalidInput("suite " + name + " has no prompts");
        }
        Set<String> ids = new HashSet<>();
        for (Prompt prompt : prompts) {
            if (!ids.add(prompt.id())) {
                throw PlumblineException.invalidInput("suite " + name + " has prompt id " + prompt.id() + " twice");
            }
        }
    }

    public Suite withRepetitions(int value) {
        return new Suite(name, value, alpha, prompts);
    }

    public boolean needsJudge() {
        return prompts.stream().flatMap(p -> p.checks().stream()).anyMatch(c -> c instanceof Check.Judge);
    }

    /** One product prompt (a conversation) and its checks; check names are unique within it. */
    public record Prompt(String id, List<Message> messages, List<Check> checks) {
        public Prompt {
            requireNonNull(id, "id is null");
            messages = List.copyOf(requireNonNull(messages, "messages is null"));
            checks = List.copyOf(requireNonNull(checks, "checks is null"));
            if (messages.isEmpty() || checks.isEmpty()) {
                throw PlumblineException.invalidInput("prompt " + id + " needs at least one message and one check");
            }
            Set<String> names = new HashSet<>();
            for (Check check : checks) {
                if (!names.add(check.name())) {
                    throw PlumblineException.invalidInput("prompt " + id + " has two checks named " + check.name() + "; give them distinct names");
                }
            }
        }

        /** The conversation as one text, for judge prompts. */
        public String text() {
            StringBuilder text = new StringBuilder();
            messages.forEach(m -> text.append(m.role()).append(": ").append(m.content()).append('\n'));
            return text.toString().trim();
        }
    }
}
