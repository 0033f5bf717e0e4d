package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.llm.ChatModel;
import dev.plumbline.llm.Completion;
import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a judge model over items and turns every answer into a v1 {@link Label} with provenance:
 * actor role judge with the model's release and family, guideline {@code template@version}, the
 * order shown, the raw output, the round. Pairwise items are judged in both orders by default; a
 * pair whose parsed verdicts differ between orders is marked {@code consistency=inconsistent} on
 * both labels. Output that holds no verdict the template can read is an unparsed label with its raw
 * text. Calls are submitted {@code parallelism} at a time; the model's own limit bounds those in flight.
 */
public final class JudgeRun {
    private JudgeRun() {
    }

    /** Judges each pair in the configured orders with a pairwise template. */
    public static JudgeRunResult pairwise(ChatModel judge, List<PairItem> items, JudgeRunConfig config, Clock clock) {
        requireKind(config, TemplateKind.PAIRWISE);
        List<List<Message>> conversations = new ArrayList<>();
        for (PairItem item : items) {
            conversations.add(messages(config.template(), item.values(false)));
            if (config.orders() == PresentationOrders.BOTH) {
                conversations.add(messages(config.template(), item.values(true)));
            }
        }
        Calls calls = Calls.run(judge, conversations, config);
        LabelFactory labels = new LabelFactory(judge, config, clock);
        List<Label> all = new ArrayList<>();
        List<PairOutcome> outcomes = new ArrayList<>();
        List<JudgeFailure> failures = new ArrayList<>();
        int next = 0;
        for (PairItem item : items) {
            List<Label> pairLabels = new ArrayList<>();
            for (boolean reversed : config.orders() == PresentationOrders.BOTH ? List.of(false, true) : List.of(false)) {
                List<String> order = reversed ? List.of(item.secondId(), item.firstId()) : List.of(item.firstId(), item.secondId());
                Calls.Answer answer = calls.answers().get(next++);
                answer.completion().ifPresent(c -> pairLabels.add(labels.pair(item, order, reversed, c.text())));
                answer.error().ifPresent(e -> failures.add(new JudgeFailure(subject(item).key(), order, e.type(), e.getMessage())));
            }
            PairOutcome outcome = outcome(item, pairLabels, config.inconsistent());
            outcomes.add(outcome);
            pairLabels.forEach(label -> all.add(withConsistency(label, outcome, pairLabels.size())));
        }
        return new JudgeRunResult(all, outcomes, failures, calls.usage());
    }

    /** Grades each answer on a single-answer template's scale. */
    public static JudgeRunResult single(ChatModel judge, List<SingleItem> items, JudgeRunConfig config, Clock clock) {
        requireKind(config, TemplateKind.SINGLE);
        List<List<Message>> conversations = items.stream().map(item -> messages(config.template(), item.values())).toList();
        Calls calls = Calls.run(judge, conversations, config);
        LabelFactory labels = new LabelFactory(judge, config, clock);
        List<Label> all = new ArrayList<>();
        List<JudgeFailure> failures = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SingleItem item = items.get(i);
            Calls.Answer answer = calls.answers().get(i);
            answer.completion().ifPresent(c -> all.add(labels.single(item, c.text())));
            answer.error().ifPresent(e -> failures.add(new JudgeFailure("item:" + item.id(), List.of(), e.type(), e.getMessage())));
        }
        return new JudgeRunResult(all, List.of(), failures, calls.usage());
    }

    private static void requireKind(JudgeRunConfig config, TemplateKind kind) {
        if (config.template().kind() != kind) {
            throw PlumblineException.invalidInput("template " + config.template().id() + " is " + config.template().kind().wireName()
                    + " but this run needs a " + kind.wireName() + " template");
        }
    }

    private static List<Message> messages(JudgeTemplate template, Map<String, String> values) {
        String user = template.render(values);
        return template.systemPrompt().isBlank() ? List.of(Message.user(user))
                : List.of(new Message("system", template.systemPrompt()), Message.user(user));
    }

    private static LabelSubject.Pair subject(PairItem item) {
        return new LabelSubject.Pair(item.firstId(), item.secondId());
    }

    private static PairOutcome outcome(PairItem item, List<Label> labels, InconsistentVerdicts policy) {
        Set<String> values = new LinkedHashSet<>();
        labels.stream().filter(l -> !l.unparsed()).forEach(l -> values.add(l.value()));
        boolean inconsistent = values.size() > 1;
        Optional<String> value = inconsistent
                ? (policy == InconsistentVerdicts.AS_TIE ? Optional.of("tie") : Optional.empty())
                : values.stream().findFirst();
        int parsed = (int) labels.stream().filter(l -> !l.unparsed()).count();
        return new PairOutcome(item.firstId(), item.secondId(), value, inconsistent, parsed, labels.size() - parsed);
    }

    private static Label withConsistency(Label label, PairOutcome outcome, int labelsOnPair) {
        String consistency = outcome.inconsistent() ? "inconsistent"
                : labelsOnPair < 2 ? "one-order" : outcome.parsedLabels() < 2 ? "incomplete" : "consistent";
        Map<String, String> meta = new TreeMap<>(label.meta());
        meta.put("consistency", consistency);
        return label.withMeta(meta);
    }

    /** The calls of one run, answered in submission order. */
    private record Calls(List<Answer> answers, JudgeUsage usage) {
        record Answer(Optional<Completion> completion, Optional<PlumblineException> error) {
        }

        static Calls run(ChatModel judge, List<List<Message>> conversations, JudgeRunConfig config) {
            ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, Math.min(config.parallelism(), conversations.size())));
            try {
                List<Future<Completion>> futures = new ArrayList<>();
                conversations.forEach(messages -> futures.add(executor.submit(() -> judge.complete(messages, config.options()))));
                List<Answer> answers = new ArrayList<>();
                JudgeUsage usage = JudgeUsage.NONE;
                for (Future<Completion> future : futures) {
                    Answer answer = await(future);
                    answers.add(answer);
                    usage = answer.completion().isPresent() ? usage.plusCall(answer.completion().get().usage(),
                            config.prices().cost(answer.completion().get().usage())) : usage.plusFailure();
                }
                return new Calls(answers, usage);
            } finally {
                executor.shutdownNow();
            }
        }

        private static Answer await(Future<Completion> future) {
            try {
                return new Answer(Optional.of(future.get()), Optional.empty());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PlumblineException.unavailable("interrupted while waiting for the judge", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof PlumblineException failure) {
                    return new Answer(Optional.empty(), Optional.of(failure));
                }
                throw PlumblineException.internal("a judge call failed unexpectedly: " + e.getCause(), e.getCause());
            }
        }
    }

    /** Builds the labels of one run; holds the judge's actor and the run's round. */
    private static final class LabelFactory {
        private final Actor actor;
        private final JudgeRunConfig config;
        private final Clock clock;

        LabelFactory(ChatModel judge, JudgeRunConfig config, Clock clock) {
            this.actor = new Actor(ActorRole.JUDGE, Optional.of(judge.model().release()), judge.model().family());
            this.config = config;
            this.clock = requireNonNull(clock, "clock is null");
        }

        Label pair(PairItem item, List<String> order, boolean reversed, String raw) {
            Optional<String> shown = config.template().parse(raw);
            Optional<String> listed = shown.map(v -> reversed ? PairLabel.flipped(v) : v);
            Map<String, String> meta = new TreeMap<>(Map.of("template_source", config.template().source()));
            shown.ifPresent(v -> meta.put("verdict_shown", v));
            return new Label(LabelIds.of(actor, config, subject(item).key(), order), subject(item), listed.orElse(""), actor,
                    false, Optional.of(config.template().id()), clock.instant(), order, Optional.of(raw).filter(r -> !r.isEmpty()),
                    listed.isEmpty(), Optional.empty(), config.round(), meta);
        }

        Label single(SingleItem item, String raw) {
            Optional<String> rating = config.template().parse(raw);
            LabelSubject.Item subject = new LabelSubject.Item(item.id());
            return new Label(LabelIds.of(actor, config, subject.key(), List.of()), subject, rating.orElse(""), actor, false,
                    Optional.of(config.template().id()), clock.instant(), List.of(), Optional.of(raw).filter(r -> !r.isEmpty()),
                    rating.isEmpty(), config.template().scale().map(RatingScale::name), config.round(),
                    Map.of("template_source", config.template().source()));
        }
    }
}
