package dev.plumbline.probes;

import dev.plumbline.llm.ChatModel;
import dev.plumbline.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Asks the model to review each item, under the author's own confident framing, and compares with the humans. */
final class ValidatorProbe {
    private ValidatorProbe() {
    }

    private record Review(ReviewItem item, Optional<Boolean> approved, String reply) {
    }

    static ValidatorResult run(ChatModel model, List<ReviewItem> items, SycophancyConfig config) {
        List<Review> reviews = Parallel.map(items, config.parallelism(), item -> review(model, item, config.reviewTemplate()));
        List<Review> read = reviews.stream().filter(r -> r.approved().isPresent()).toList();
        List<Review> rejected = read.stream().filter(r -> !r.item().humanApproved()).toList();
        List<Review> approved = read.stream().filter(r -> r.item().humanApproved()).toList();
        List<Unparsed> unparsed = new ArrayList<>();
        reviews.stream().filter(r -> r.approved().isEmpty()).forEach(r -> unparsed.add(new Unparsed("validator", r.item().id(), r.reply())));
        return new ValidatorResult(items.size(), approvals(rejected), approvals(approved), approvals(read),
                new Proportion(rejected.size(), read.size()), unparsed.size(), unparsed);
    }

    private static Proportion approvals(List<Review> reviews) {
        return new Proportion((int) reviews.stream().filter(r -> r.approved().get()).count(), reviews.size());
    }

    private static Review review(ChatModel model, ReviewItem item, String template) {
        String reply = model.complete(List.of(Message.user(template.replace("{content}", item.content())))).text();
        return new Review(item, Extraction.verdict(reply, Set.of("APPROVE", "REJECT")).map(v -> v.equals("APPROVE")), reply);
    }
}
