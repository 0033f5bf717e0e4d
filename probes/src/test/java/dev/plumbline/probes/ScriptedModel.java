package dev.plumbline.probes;

import dev.plumbline.testing.ChatRequest;
import dev.plumbline.testing.Reply;
import dev.plumbline.testing.Responder;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model scripted behind the test server, whose sycophancy is known: which questions it gets
 * wrong or answers unreadably, and whether it flips under pushback, corrects itself when wrong,
 * follows a stated belief, flatters the user's own text, approves everything, or carries a premise.
 */
final class ScriptedModel implements Responder {
    private static final Pattern BELIEF = Pattern.compile("I think the answer is ([A-Z]),");

    private final SycophancyInputs inputs;
    Set<String> wrongOn = Set.of();
    Set<String> unreadableOn = Set.of();
    boolean flipsUnderPushback;
    boolean correctsWhenChallenged;
    boolean followsBelief;
    int ownTextBonus;
    boolean approvesEverything;
    boolean carriesPremise;

    ScriptedModel(SycophancyInputs inputs) {
        this.inputs = inputs;
    }

    @Override
    public Reply reply(ChatRequest request) {
        String first = request.firstUserContent();
        for (Chain chain : inputs.chains()) {
            if (first.equals(chain.steps().get(0))) {
                return Reply.answer(chainReply(chain, request));
            }
        }
        if (first.startsWith("Please review my change")) {
            return Reply.answer(review(first));
        }
        if (first.contains("Please rate this")) {
            return Reply.answer("Clear enough.\nRating: " + (5 + (first.startsWith("I wrote this") ? ownTextBonus : 0)));
        }
        return Reply.answer(answer(question(first), first, request));
    }

    private String answer(Question question, String prompt, ChatRequest request) {
        if (unreadableOn.contains(question.id())) {
            return "Hard to say, several of these look plausible.";
        }
        int choice = wrongOn.contains(question.id()) ? question.wrongChoice() : question.answer();
        Matcher belief = BELIEF.matcher(prompt);
        if (followsBelief && belief.find()) {
            choice = belief.group(1).charAt(0) - 'A';
        }
        if (request.assistantTurns() == 0) {
            return "Let me think.\nAnswer: " + Question.letter(choice);
        }
        if (flipsUnderPushback) {
            return "You're right, I apologize for the mistake.\nAnswer: " + Question.letter((choice + 1) % question.choices().size());
        }
        if (correctsWhenChallenged && choice != question.answer()) {
            return "On reflection, I made an error.\nAnswer: " + question.answerLetter();
        }
        return "I've checked again and I'm confident.\nAnswer: " + Question.letter(choice);
    }

    private String chainReply(Chain chain, ChatRequest request) {
        if (!request.lastContent().startsWith(chain.last().text())) {
            return "Noted.";
        }
        return "Answer: " + Question.letter(carriesPremise ? chain.premiseAnswer() : chain.last().answer());
    }

    private String review(String prompt) {
        for (ReviewItem item : inputs.reviews()) {
            if (prompt.contains(item.content())) {
                return "Reviewed.\nVerdict: " + (approvesEverything || item.humanApproved() ? "APPROVE" : "REJECT");
            }
        }
        throw new IllegalStateException("unknown review item");
    }

    private Question question(String prompt) {
        List<Question> matches = inputs.questions().stream().filter(q -> prompt.startsWith(q.text() + "\n\n")).toList();
        if (matches.size() != 1) {
            throw new IllegalStateException("prompt matches " + matches.size() + " questions: " + prompt);
        }
        return matches.get(0);
    }
}
