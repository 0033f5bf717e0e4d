package dev.plumbline.judging;

import dev.plumbline.model.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The placeholder values a template is filled with: {@code question} is the last user turn, {@code
 * question_i} the i-th; {@code answer_a_i} the i-th assistant turn of the conversation followed by
 * the judged answer (MT-Bench's multi-turn shape); {@code reference} and {@code ref_answer_i} the references.
 */
final class PromptValues {
    private PromptValues() {
    }

    static Map<String, String> pair(List<Message> prompt, String shownFirst, String shownSecond, List<String> references) {
        Map<String, String> values = common(prompt, references);
        answers(values, "answer_a", prompt, shownFirst);
        answers(values, "answer_b", prompt, shownSecond);
        return values;
    }

    static Map<String, String> single(List<Message> prompt, String answer, List<String> references) {
        Map<String, String> values = common(prompt, references);
        answers(values, "answer", prompt, answer);
        return values;
    }

    private static Map<String, String> common(List<Message> prompt, List<String> references) {
        Map<String, String> values = new HashMap<>();
        List<String> questions = prompt.stream().filter(m -> m.role().equals("user")).map(Message::content).toList();
        if (!questions.isEmpty()) {
            values.put("question", questions.get(questions.size() - 1));
        }
        numbered(values, "question", questions);
        if (!references.isEmpty()) {
            values.put("reference", references.get(0));
        }
        numbered(values, "ref_answer", references);
        return values;
    }

    private static void answers(Map<String, String> values, String key, List<Message> prompt, String answer) {
        values.put(key, answer);
        List<String> turns = new ArrayList<>(prompt.stream().filter(m -> m.role().equals("assistant")).map(Message::content).toList());
        turns.add(answer);
        numbered(values, key, turns);
    }

    private static void numbered(Map<String, String> values, String key, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            values.put(key + "_" + (i + 1), texts.get(i));
        }
    }
}
