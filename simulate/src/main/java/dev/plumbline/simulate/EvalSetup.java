package dev.plumbline.simulate;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;

/**
 * The simulated eval set: {@code items} prompts with gold reference answers. Exactly
 * round({@code contaminationShare} × items) of them are contaminated for {@code evaluatedFamily}
 * (their gold label comes from a judge of that family, or from an annotator who saw that family's
 * draft). {@code leakedPrompts} eval prompts also reach production traffic verbatim (train/eval
 * overlap).
 */
public record EvalSetup(String name, int items, double contaminationShare, String evaluatedFamily, int leakedPrompts) {
    public EvalSetup {
        requireNonNull(name, "name is null");
        requireNonNull(evaluatedFamily, "evaluatedFamily is null");
        if (items < 0 || leakedPrompts < 0 || leakedPrompts > items) {
            throw PlumblineException.invalidInput("eval items must be >= 0 and leaked prompts within 0..items");
        }
        JudgeSetup.probability("contaminationShare", contaminationShare);
    }

    public static EvalSetup defaults() {
        return new EvalSetup("sim-eval-v1", 200, 0.15, "acme", 10);
    }

    /** The exact number of contaminated items. */
    public int contaminatedItems() {
        return (int) Math.round(contaminationShare * items);
    }
}
