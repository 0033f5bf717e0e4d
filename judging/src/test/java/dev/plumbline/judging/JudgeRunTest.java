package dev.plumbline.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.llm.ModelConfig;
import dev.plumbline.llm.OpenAiChatClient;
import dev.plumbline.llm.Prices;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.ErrorType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.testing.ChatRequest;
import dev.plumbline.testing.OpenAiTestServer;
import dev.plumbline.testing.Reply;
import dev.plumbline.wire.V1Decoder;
import dev.plumbline.wire.V1Encoder;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Judge runs against a real OpenAI-compatible HTTP server whose scripted judge reads the quality
 * score {@code q=N} written into each answer: a fair judge picks the higher score whatever the
 * order; a position-biased judge does so only when the scores differ by two or more, and otherwise
 * picks whatever it was shown first.
 */
class JudgeRunTest {
    private static final Clock CLOCK = Clock.fixed(Fixtures.T0, ZoneOffset.UTC);
    private static final Pattern QUALITY = Pattern.compile("q=(\\d+)");
    private static final JudgeTemplate PAIRWISE = JudgeTemplates.defaults().require(JudgeTemplates.DEFAULT_PAIRWISE);
    /** Quality gaps of ten pairs: four are close (gap 1), where the biased judge follows the order. */
    private static final int[][] QUALITIES = {{9, 2}, {3, 8}, {5, 4}, {6, 7}, {1, 9}, {8, 3}, {4, 5}, {7, 6}, {2, 8}, {9, 1}};

    @Test
    void recordsBothOrdersAndMarksThePairsAPositionBiasedJudgeFlipsAsInconsistent() {
        try (OpenAiTestServer server = OpenAiTestServer.start(JudgeRunTest::positionBiased)) {
            JudgeRunResult result = JudgeRun.pairwise(client(server), pairs(), JudgeRunConfig.of(PAIRWISE), CLOCK);

            assertThat(result.labels()).hasSize(20);
            assertThat(result.failures()).isEmpty();
            assertThat(result.inconsistentPairs()).isEqualTo(4);
            Label listed = result.labels().get(0);
            Label reversed = result.labels().get(1);
            assertThat(listed.order()).containsExactly("a0", "b0");
            assertThat(reversed.order()).containsExactly("b0", "a0");
            assertThat(listed.value()).isEqualTo("A");
            assertThat(reversed.value()).isEqualTo("A");
            assertThat(reversed.meta()).containsEntry("verdict_shown", "B").containsEntry("consistency", "consistent");
            PairOutcome close = result.pairs().get(2);
            assertThat(close.inconsistent()).isTrue();
            assertThat(close.value()).contains("tie");
            assertThat(result.labels().get(4).meta()).containsEntry("consistency", "inconsistent");
            assertThat(result.labels().get(5).meta()).containsEntry("consistency", "inconsistent");
        }
    }

    @Test
    void theJudgeAuditOnTheRunsLabelsMeasuresTheScriptedPositionBias() {
        try (OpenAiTestServer server = OpenAiTestServer.start(JudgeRunTest::positionBiased)) {
            JudgeRunResult result = JudgeRun.pairwise(client(server), pairs(), JudgeRunConfig.of(PAIRWISE), CLOCK);
            List<Record> records = new ArrayList<>(interactions());
            records.addAll(result.labels());

            JudgeReport report = JudgeAudit.audit(records, JudgeAuditOptions.DEFAULT).judges().get(0);

            assertThat(report.judge()).isEqualTo("judge-model");
            assertThat(report.family()).contains("acme");
            assertThat(report.position().bothOrders()).isEqualTo(10);
            assertThat(report.position().consistent()).isEqualTo(6);
            assertThat(report.position().consistency()).isEqualTo(0.6);
            assertThat(report.position().firstShownWins()).isEqualTo(4);
            assertThat(report.position().secondShownWins()).isZero();
            assertThat(report.inconsistentSubjects()).isEqualTo(4);
            assertThat(report.gate().passed()).isFalse();
        }
    }

    @Test
    void aFairJudgeIsConsistentInEveryPairAndTheAuditSeesNoPositionBias() {
        try (OpenAiTestServer server = OpenAiTestServer.start(JudgeRunTest::fair)) {
            JudgeRunResult result = JudgeRun.pairwise(client(server), pairs(), JudgeRunConfig.of(PAIRWISE), CLOCK);
            List<Record> records = new ArrayList<>(result.labels());

            JudgeReport report = JudgeAudit.audit(records, JudgeAuditOptions.DEFAULT).judges().get(0);

            assertThat(result.inconsistentPairs()).isZero();
            assertThat(result.pairs()).extracting(p -> p.value().orElseThrow())
                    .containsExactly("A", "B", "A", "B", "B", "A", "B", "A", "B", "A");
            assertThat(report.position().consistency()).isEqualTo(1.0);
            assertThat(report.position().firstShownWins()).isZero();
        }
    }

    @Test
    void keepsUnparsableOutputRawAndNeverTurnsItIntoATie() {
        try (OpenAiTestServer server = OpenAiTestServer.start(request -> both(request, "q=9", "q=2")
                ? Reply.answer("Both have merit; [[A]] for style, [[B]] for substance.")
                : both(request, "q=2", "q=8") ? Reply.answer("I cannot decide.") : fair(request))) {
            JudgeRunResult result = JudgeRun.pairwise(client(server), pairs(), JudgeRunConfig.of(PAIRWISE), CLOCK);

            List<Label> unparsed = result.labels().stream().filter(Label::unparsed).toList();
            assertThat(unparsed).hasSize(4);
            assertThat(unparsed).allSatisfy(label -> assertThat(label.value()).isEmpty());
            assertThat(unparsed).extracting(label -> label.raw().orElseThrow())
                    .containsExactly("Both have merit; [[A]] for style, [[B]] for substance.",
                            "Both have merit; [[A]] for style, [[B]] for substance.", "I cannot decide.", "I cannot decide.");
            PairOutcome unreadable = result.pairs().get(8);
            assertThat(unreadable.value()).isEmpty();
            assertThat(unreadable.inconsistent()).isFalse();
            assertThat(unreadable.unparsedLabels()).isEqualTo(2);
            assertThat(result.unparsed()).isEqualTo(4);
        }
    }

    @Test
    void recordsFailedCallsAsFailuresWithoutInventingLabels() {
        try (OpenAiTestServer server = OpenAiTestServer.start(request -> request.lastContent().contains("q=3")
                ? Reply.error(400, "context length exceeded") : fair(request))) {
            JudgeRunResult result = JudgeRun.pairwise(client(server), pairs(), JudgeRunConfig.of(PAIRWISE), CLOCK);

            assertThat(result.labels()).hasSize(16);
            assertThat(result.failures()).hasSize(4);
            assertThat(result.failures()).allSatisfy(failure -> {
                assertThat(failure.type()).isEqualTo(ErrorType.INVALID_INPUT);
                assertThat(failure.message()).contains("context length exceeded");
            });
            assertThat(result.failures().get(0).subject()).isEqualTo("pair:a1|b1");
            assertThat(result.usage().calls()).isEqualTo(20);
            assertThat(result.usage().failures()).isEqualTo(4);
        }
    }

    @Test
    void retriesServerErrorsThroughTheClientAndStillJudgesEveryOrder() {
        try (OpenAiTestServer server = OpenAiTestServer.start(JudgeRunTest::fair)) {
            server.script(Reply.serverError(), Reply.rateLimited(0));
            JudgeRunResult result = JudgeRun.pairwise(client(server), pairs(), JudgeRunConfig.of(PAIRWISE), CLOCK);

            assertThat(result.labels()).hasSize(20);
            assertThat(result.failures()).isEmpty();
            assertThat(server.requestCount()).isEqualTo(22);
        }
    }

    @Test
    void everyLabelCarriesItsProvenanceAndDecodesWithTheV1Decoder() {
        try (OpenAiTestServer server = OpenAiTestServer.start(JudgeRunTest::positionBiased)) {
            JudgeRunResult result = JudgeRun.pairwise(client(server), pairs(),
                    JudgeRunConfig.of(PAIRWISE).withRound("r3"), CLOCK);

            for (Label label : result.labels()) {
                assertThat(label.actor().role()).isEqualTo(ActorRole.JUDGE);
                assertThat(label.actor().id()).contains("judge-model");
                assertThat(label.actor().family()).contains("acme");
                assertThat(label.guideline()).contains("plumbline-pairwise@1");
                assertThat(label.round()).contains("r3");
                assertThat(label.raw()).isPresent();
                assertThat(label.order()).hasSize(2);
                Optional<Record> decoded = new V1Decoder().decode(new V1Encoder().encode(label), 0).record();
                assertThat(decoded).contains(label);
            }
            assertThat(result.labels()).extracting(Label::id).doesNotHaveDuplicates();
        }
    }

    @Test
    void judgesOneOrderWhenConfiguredAndSaysSoOnTheLabel() {
        try (OpenAiTestServer server = OpenAiTestServer.start(JudgeRunTest::positionBiased)) {
            JudgeRunResult result = JudgeRun.pairwise(client(server), pairs(),
                    JudgeRunConfig.of(PAIRWISE).withOrders(PresentationOrders.ONE), CLOCK);

            assertThat(result.labels()).hasSize(10);
            assertThat(result.labels()).allSatisfy(label -> assertThat(label.meta()).containsEntry("consistency", "one-order"));
            assertThat(result.inconsistentPairs()).isZero();
        }
    }

    @Test
    void accountsTokensAndCostPerRunAndKeepsWithinTheModelsConcurrencyLimit() {
        try (OpenAiTestServer server = OpenAiTestServer.start(request -> Reply.answer("[[C]]", 100, 20))) {
            JudgeRunResult result = JudgeRun.pairwise(client(server), pairs(),
                    JudgeRunConfig.of(PAIRWISE).withPrices(new Prices(1.0, 2.0)), CLOCK);

            assertThat(result.usage().calls()).isEqualTo(20);
            assertThat(result.usage().inputTokens()).isEqualTo(2000);
            assertThat(result.usage().outputTokens()).isEqualTo(400);
            assertThat(result.usage().cost()).isCloseTo(2.8, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(server.maxConcurrentRequests()).isLessThanOrEqualTo(2);
            assertThat(result.pairs()).allSatisfy(p -> assertThat(p.value()).contains("tie"));
        }
    }

    @Test
    void gradesSingleAnswersOnTheTemplatesScaleAndKeepsOutOfScaleRatingsUnparsed() {
        JudgeTemplate single = JudgeTemplates.defaults().require(JudgeTemplates.DEFAULT_SINGLE);
        try (OpenAiTestServer server = OpenAiTestServer.start(request -> {
            int quality = qualities(request.lastContent()).get(0);
            return Reply.answer(quality == 9 ? "Superb. Rating: [[11]]" : "Rating: [[" + quality + "]]");
        })) {
            List<SingleItem> items = interactions().stream().map(SingleItem::of).toList();
            JudgeRunResult result = JudgeRun.single(client(server), items, JudgeRunConfig.of(single).withRound("r1"), CLOCK);

            assertThat(result.labels()).hasSize(20);
            Label first = result.labels().get(0);
            assertThat(first.subject()).isEqualTo(new LabelSubject.Item("a0"));
            assertThat(first.unparsed()).isTrue();
            assertThat(first.raw()).contains("Superb. Rating: [[11]]");
            Label second = result.labels().get(1);
            assertThat(second.value()).isEqualTo("2");
            assertThat(second.scale()).contains("plumbline-1-10");
            assertThat(new V1Decoder().decode(new V1Encoder().encode(second), 0).record()).contains(second);
            assertThat(result.unparsed()).isEqualTo(3);
        }
    }

    @Test
    void refusesATemplateOfTheWrongKindBeforeCallingTheModel() {
        try (OpenAiTestServer server = OpenAiTestServer.start(JudgeRunTest::fair)) {
            JudgeTemplate single = JudgeTemplates.defaults().require(JudgeTemplates.DEFAULT_SINGLE);

            assertThatThrownBy(() -> JudgeRun.pairwise(client(server), pairs(), JudgeRunConfig.of(single), CLOCK))
                    .isInstanceOf(PlumblineException.class).hasMessageContaining("pairwise");
            assertThat(server.requestCount()).isZero();
        }
    }

    private static OpenAiChatClient client(OpenAiTestServer server) {
        ModelConfig config = ModelConfig.of(server.baseUrl().toString(), "judge-model").withFamily("acme")
                .withRetries(2, Duration.ofMillis(1), Duration.ofMillis(1)).withMaxConcurrency(2);
        return OpenAiChatClient.create(config, Map.of(), duration -> { });
    }

    private static List<Interaction> interactions() {
        List<Interaction> all = new ArrayList<>();
        for (int i = 0; i < QUALITIES.length; i++) {
            all.add(answer("a" + i, QUALITIES[i][0]));
            all.add(answer("b" + i, QUALITIES[i][1]));
        }
        return all;
    }

    private static List<PairItem> pairs() {
        List<Interaction> all = interactions();
        List<PairItem> pairs = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 2) {
            pairs.add(PairItem.of(all.get(i), all.get(i + 1)));
        }
        return pairs;
    }

    private static Interaction answer(String id, int quality) {
        return Fixtures.answer(id, "gen", "other", 10).withCompletion("Answer with q=" + quality + ".");
    }

    private static Reply fair(ChatRequest request) {
        List<Integer> q = qualities(request.lastContent());
        return Reply.answer("Comparing the two.\n" + (q.get(0) > q.get(1) ? "[[A]]" : q.get(0) < q.get(1) ? "[[B]]" : "[[C]]"));
    }

    private static Reply positionBiased(ChatRequest request) {
        List<Integer> q = qualities(request.lastContent());
        if (Math.abs(q.get(0) - q.get(1)) < 2) {
            return Reply.answer("Assistant A is better.\n[[A]]");
        }
        return fair(request);
    }

    private static boolean both(ChatRequest request, String one, String other) {
        return request.lastContent().contains(one) && request.lastContent().contains(other);
    }

    /** The quality scores in the order the answers were shown. */
    private static List<Integer> qualities(String prompt) {
        Matcher matcher = QUALITY.matcher(prompt);
        List<Integer> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

}
