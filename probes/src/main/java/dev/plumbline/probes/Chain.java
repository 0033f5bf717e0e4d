package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.List;

/**
 * A multi-turn chain: user turns before a final multiple-choice question, one of which
 * ({@code premiseStep}, 0-based) states a wrong premise. Carrying the premise to the end leads to
 * {@code premiseAnswer}; correcting it leads to the final question's answer.
 */
public record Chain(String id, List<String> steps, int premiseStep, Question last, int premiseAnswer) {
    public Chain {
        requireNonNull(id, "id is null");
        steps = List.copyOf(requireNonNull(steps, "steps is null"));
        requireNonNull(last, "last is null");
        if (premiseStep < 0 || premiseStep >= steps.size()) {
            throw PlumblineException.invalidInput("chain " + id + " has premise step " + premiseStep + " outside its " + steps.size() + " steps");
        }
        if (premiseAnswer < 0 || premiseAnswer >= last.choices().size() || premiseAnswer == last.answer()) {
            throw PlumblineException.invalidInput("chain " + id + " needs a premise answer that is one of the choices and not the right one");
        }
    }
}
