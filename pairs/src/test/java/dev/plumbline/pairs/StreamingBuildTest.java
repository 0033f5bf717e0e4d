package dev.plumbline.pairs;

import static dev.plumbline.pairs.Pairs.pair;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Provenance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingBuildTest {
    private static final Lineage LINEAGE = new Lineage(Instant.EPOCH, 0, 0, 0, Map.of(), Map.of(), "h", "dev");

    /** Candidates with every kind of trouble: ties, weak ones, contradictions, duplicates, near-identical, length bias. */
    private static List<Pair> troubled(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] answers = {"Rome.", "Paris.", "Paris, the capital of France.", "paris.", "No idea at all, sorry.", "Yes"};
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String chosen = answers[random.nextInt(answers.length)];
            String rejected = answers[random.nextInt(answers.length)];
            Pair pair = pair("p-" + random.nextInt(count * 2), "question " + random.nextInt(40), chosen, rejected,
                    random.nextDouble(), random.nextBoolean() ? "PreferChosenInChoice" : "PreferLabelledWinner",
                    LabelOrigin.values()[random.nextInt(3)]);
            pairs.add(random.nextInt(20) == 0 ? Pairs.tie(pair.id()) : pair);
        }
        return pairs;
    }

    private static Dataset streamed(DatasetBuilder builder, List<Pair> candidates, SkipTally skips, Path spill) {
        List<Pair> out = new ArrayList<>();
        try (DatasetBuild build = builder.open(spill)) {
            candidates.forEach(build::add);
            DatasetReport report = build.finish(skips, LINEAGE, out::add);
            return new Dataset(out, report);
        }
    }

    @Test
    void theStreamingBuildGivesExactlyThePairsAndReportOfTheInMemoryBuild(@TempDir Path spill) {
        List<Pair> candidates = troubled(3000, 11);
        for (boolean balance : new boolean[] {false, true}) {
            DatasetBuilder builder = new DatasetBuilder(BuildConfig.DEFAULTS.withBalanceLength(balance)
                    .withMaxAiShare(0.2));
            SkipTally skips = SkipTally.of(List.of(new Skip("r", List.of("x"), "why")));
            Dataset inMemory = builder.build(candidates, skips, LINEAGE);
            Dataset streamed = streamed(builder, candidates, skips, spill);
            assertThat(inMemory.report().filters()).extracting(FilterResult.FilterCount::removed)
                    .allSatisfy(removed -> assertThat(removed).isPositive());
            assertThat(streamed.pairs()).isEqualTo(inMemory.pairs());
            assertThat(streamed.report()).isEqualTo(inMemory.report());
            assertThat(streamed.report().passed()).isFalse();
        }
    }

    @Test
    void spillFilesAreDeletedWhenTheBuildCloses(@TempDir Path spill) throws Exception {
        streamed(new DatasetBuilder(BuildConfig.DEFAULTS), troubled(500, 3), new SkipTally(), spill);
        try (Stream<Path> left = Files.list(spill)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aPairComesBackFromItsSpilledBytesUnchangedEvenWithLongTextsAndLoneSurrogates() throws Exception {
        String longText = "x".repeat(40_000) + "\uD800" + "é漢😀" + "y".repeat(20_000);
        Pair pair = new Pair("p-1", List.of(new Message("system", ""), Message.user(longText),
                Message.assistant("Grüße ÿ" + "z".repeat(70_000))),
                new Side("i-1", "\uDC00 lone", Optional.of(new ModelRef("m", Optional.empty(), Optional.of("fam")))),
                Side.written("f-1", longText), true, 0.25, "s-1", Optional.empty(),
                List.of(new LabelSource("l-1", LabelOrigin.AI, ActorRole.JUDGE, Optional.of("j"), Optional.of("gpt-4")),
                        new LabelSource("f-2", LabelOrigin.IMPLICIT, ActorRole.USER, Optional.empty(), Optional.empty())),
                new Provenance(List.of("i-1", "f-1"), "Rule", "2", "hash", "1.0"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpillCodec.writePair(new DataOutputStream(bytes), pair);
        Pair back = SpillCodec.readPair(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(back).isEqualTo(pair);
    }
}
