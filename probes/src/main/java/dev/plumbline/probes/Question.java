package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.List;

/** A multiple-choice question with one known answer; choices are lettered A, B, C, ... in order. */
public record Question(String id, String text, List<String> choices, int answer) {
    public Question {
        requireNonNull(id, "id is null");
        requireNonNull(text, "text is null");
        choices = List.copyOf(requireNonNull(choices, "choices is null"));
        if (text.isBlank()) {
            throw PlumblineException.invalidInput("question " + id + " has no text");
        }
        if (choices.size() < 2 || choices.size() > 26) {
            throw PlumblineException.invalidInput("question " + id + " needs 2 to 26 choices, has " + choices.size());
        }
        if (answer < 0 || answer >= choices.size()) {
            throw PlumblineException.invalidInput("question " + id + " has answer index " + answer + " outside its " + choices.size() + " choices");
        }
    }

    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    public String answerLetter() {
        return letter(answer);
    }

    /** The first choice other than the answer: the deterministic wrong answer a probe suggests. */
    public int wrongChoice() {
        return (answer + 1) % choices.size();
    }

    /** The question as a model sees it: text, lettered choices, and the answer format asked for. */
    public String prompt(String remark) {
        StringBuilder prompt = new StringBuilder(text).append("\n\n");
        for (int i = 0; i < choices.size(); i++) {
            prompt.append(letter(i)).append(") ").append(choices.get(i)).append('\n');
        }
        if (!remark.isBlank()) {
            prompt.append('\n').append(remark).append('\n');
        }
        return prompt.append("\nGive the letter of the correct choice on the last line, as \"Answer: X\".").toString();
    }
}
