package dev.plumbline.annotation;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.PlumblineException;
import java.util.Optional;

/**
 * A pair that could go to human annotators, as mining (or an import) describes it: the two
 * interactions, the prompt and both answers, where the pair came from and how sure that source is,
 * and when known the judge's and the implicit signals' verdicts ({@code A}, {@code B} or
 * {@code tie}) and the product segment.
 */
public record PairCandidate(String first, String second, String prompt, String firstText, String secondText,
        String source, double confidence, Optional<String> judgeVerdict, Optional<String> implicitVerdict,
        Optional<String> segment) {
    public PairCandidate {
        requireNonNull(first, "first is null");
        requireNonNull(second, "second is null");
        requireNonNull(prompt, "prompt is null");
        requireNonNull(firstText, "firstText is null");
        requireNonNull(secondText, "secondText is null");
        requireNonNull(source, "source is null");
        requireNonNull(judgeVerdict, "judgeVerdict is null");
        requireNonNull(implicitVerdict, "implicitVerdict is null");
        requireNonNull(segment, "segment is null");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw PlumblineException.invalidInput("a pair's confidence must be within 0..1, was " + confidence);
        }
        if (first.equals(second)) {
            throw PlumblineException.invalidInput("a pair needs two different interactions, got " + first + " twice");
        }
    }

    /** A pair with no verdicts and no segment. */
    public static PairCandidate of(String first, String second, String prompt, String firstText, String secondText,
            String source, double confidence) {
        return new PairCandidate(first, second, prompt, firstText, secondText, source, confidence, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public PairCandidate withVerdicts(String judge, String implicit) {
        return new PairCandidate(first, second, prompt, firstText, secondText, source, confidence, Optional.of(judge),
                Optional.of(implicit), segment);
    }

    public PairCandidate withSegment(String newSegment) {
        return new PairCandidate(first, second, prompt, firstText, secondText, source, confidence, judgeVerdict,
                implicitVerdict, Optional.of(newSegment));
    }

    public LabelSubject.Pair subject() {
        return new LabelSubject.Pair(first, second);
    }

    /** A stable queue item id for this pair: the same pair always gets the same id. */
    public String itemId() {
        return "pair-" + Hashing.hex(first + "\u0000" + second, 16);
    }
}
