package dev.plumbline.pairs;

import static dev.plumbline.pairs.Records.act;
import static dev.plumbline.pairs.Records.ask;
import static dev.plumbline.pairs.Records.edit;
import static dev.plumbline.pairs.Records.regenerate;
import static dev.plumbline.pairs.Records.thumbs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Record;
import dev.plumbline.signals.SessionConfig;
import dev.plumbline.signals.SessionStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinerTest {
    private static List<Record> product() {
        Interaction cat = ask("i-1", "s-1", "u-1", 0, "Name my cat", "Cat.");
        return List.of(cat, regenerate("i-2", 0.5, cat, "Whiskers."), act("f-1", "i-2", 1, FeedbackType.COPY),
                ask("i-3", "s-2", "u-2", 0, "Draft a refund email", "Dear customer, your refund is on its way."),
                edit("f-2", "i-3", 2, "Dear Ms Lee, your refund of $40 is on its way."),
                ask("i-4", "s-3", "u-3", 0, "Name my dog", "Dog."), thumbs("f-3", "i-4", 1, -1),
                ask("i-5", "s-4", "u-4", 0, "name my dog", "Rex."), thumbs("f-4", "i-5", 1, 1));
    }

    @Test
    void miningFindsSignalsAndPairsAcrossSessionsWithProvenance() {
        MiningResult result = Miner.mine(product(), MiningConfig.DEFAULTS);
        assertThat(result.dataset().pairs()).extracting(Pair::id).containsExactly(
                "PreferEditedOverOriginal:f-2>i-3", "PreferKeptOverRegenerated:i-2>i-1",
                "PreferThumbsUpOverThumbsDown:i-5>i-4");
        assertThat(result.dataset().pairs()).allSatisfy(p -> {
            assertThat(p.provenance().configHash()).isEqualTo(MiningConfig.DEFAULTS.hash());
            assertThat(p.provenance().codeVersion()).isEqualTo("dev");
        });
        assertThat(result.signals()).extracting(s -> s.type().wireName()).contains("copied", "edited", "regenerated");
        assertThat(result.dataset().report().lineage().sessions()).isEqualTo(4);
        assertThat(result.dataset().report().lineage().records()).isEqualTo(9);
        assertThat(result.dataset().report().passed()).isTrue();
    }

    @Test
    void streamingSessionByTimeGivesTheSameDatasetAsMiningInMemory() {
        List<Record> grouped = product();
        List<Record> signals = new ArrayList<>();
        MiningResult streamed = Miner.mine(new SessionStream(grouped.iterator(), SessionConfig.DEFAULTS,
                Records.minute(2)), MiningConfig.DEFAULTS, s -> signals.add(null));
        assertThat(streamed.dataset().pairs()).isEqualTo(Miner.mine(grouped, MiningConfig.DEFAULTS).dataset().pairs());
        assertThat(signals).isNotEmpty();
    }

    @Test
    void theConfigHashChangesWithTheConfigAndNotWithTheCodeVersion() {
        MiningConfig other = MiningConfig.DEFAULTS.withBuild(BuildConfig.DEFAULTS.withMaxAiShare(0.3));
        assertThat(other.hash()).isNotEqualTo(MiningConfig.DEFAULTS.hash());
        MiningConfig relabelled = new MiningConfig(MiningConfig.DEFAULTS.sessions(), MiningConfig.DEFAULTS.signals(),
                2, 16, Path.of("elsewhere"), BuildConfig.DEFAULTS, "9.9.9");
        assertThat(relabelled.hash()).isEqualTo(MiningConfig.DEFAULTS.hash());
    }

    @Test
    void thumbedAnswersInManySessionsPairUpThroughTheSpillAndTheSpillFilesAreDeleted(@TempDir Path spill) throws Exception {
        List<Record> records = new ArrayList<>(product());
        for (int i = 0; i < 300; i++) {
            Interaction asked = ask("i-x" + i, "s-x" + i, "u-x" + i, 0, "Question " + (i % 100), "Answer " + i + ".");
            records.add(asked);
            records.add(thumbs("f-x" + i, asked.id(), 1, i < 100 ? -1 : 1));
        }
        MiningResult result = Miner.mine(records, MiningConfig.DEFAULTS.withSpillDirectory(spill));
        assertThat(result.dataset().report().candidatesByRule()).containsEntry("PreferThumbsUpOverThumbsDown", 201);
        assertThat(result.dataset().pairs()).extracting(Pair::id).contains("PreferThumbsUpOverThumbsDown:i-x100>i-x0",
                "PreferThumbsUpOverThumbsDown:i-x299>i-x99");
        try (Stream<Path> left = Files.list(spill)) {
            assertThat(left).isEmpty();
        }
    }
}
