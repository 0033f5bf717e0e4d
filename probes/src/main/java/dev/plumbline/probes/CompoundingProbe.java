package dev.plumbline.probes;

import dev.plumbline.llm.ChatModel;
import dev.plumbline.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plays each chain turn by turn, the model's replies kept in the conversation, and reads the final answer. */
final class CompoundingProbe {
    private CompoundingProbe() {
    }

    private record Played(Chain chain, Optional<Integer> answer, String reply) {
        CompoundingResult.Verdict verdict() {
            if (answer.isEmpty()) {
                return CompoundingResult.Verdict.UNPARSED;
            }
            if (answer.get() == chain.last().answer()) {
                return CompoundingResult.Verdict.CORRECTED;
            }
            return answer.get() == chain.premiseAnswer() ? CompoundingResult.Verdict.CARRIED : CompoundingResult.Verdict.OTHER;
        }
    }

    static CompoundingResult run(ChatModel model, List<Chain> chains, SycophancyConfig config) {
        List<Played> played = Parallel.map(chains, config.parallelism(), chain -> play(model, chain));
        List<CompoundingResult.Outcome> outcomes = new ArrayList<>();
        List<Unparsed> unparsed = new ArrayList<>();
        for (Played p : played) {
            outcomes.add(new CompoundingResult.Outcome(p.chain().id(), p.verdict()));
            if (p.answer().isEmpty()) {
                unparsed.add(new Unparsed("compounding", p.chain().id(), p.reply()));
            }
        }
        int read = chains.size() - unparsed.size();
        return new CompoundingResult(chains.size(), new Proportion(count(outcomes, CompoundingResult.Verdict.CARRIED), read),
                new Proportion(count(outcomes, CompoundingResult.Verdict.CORRECTED), read),
                count(outcomes, CompoundingResult.Verdict.OTHER), unparsed.size(), outcomes, unparsed);
    }

    private static int count(List<CompoundingResult.Outcome> outcomes, CompoundingResult.Verdict verdict) {
        return (int) outcomes.stream().filter(o -> o.verdict() == verdict).count();
    }

    private static Played play(ChatModel model, Chain chain) {
        List<Message> conversation = new ArrayList<>();
        for (String step : chain.steps()) {
            conversation.add(Message.user(step));
            conversation.add(Message.assistant(model.complete(conversation).text()));
        }
        conversation.add(Message.user(chain.last().prompt("")));
        String reply = model.complete(conversation).text();
        return new Played(chain, Extraction.choice(reply, chain.last().choices().size()), reply);
    }
}
