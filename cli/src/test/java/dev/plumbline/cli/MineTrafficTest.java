package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Record;
import dev.plumbline.pairs.Miner;
import dev.plumbline.pairs.MiningConfig;
import dev.plumbline.pairs.MiningResult;
import dev.plumbline.signals.SessionConfig;
import dev.plumbline.signals.SessionStream;
import dev.plumbline.signals.Sessionizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MineTrafficTest {
    @Test
    void generatesExactlyTheAskedRecordsTheSameForTheSameSeed() {
        List<String> first = ids(new MineTraffic(5_000, 7));
        assertThat(first).hasSize(5_000).doesNotHaveDuplicates();
        assertThat(ids(new MineTraffic(5_000, 7))).isEqualTo(first);
        assertThat(ids(new MineTraffic(5_000, 8))).isNotEqualTo(first);
    }

    @Test
    void streamingTheGeneratedTrafficMinesWhatGroupingItInMemoryMines() {
        List<Record> records = new ArrayList<>();
        new MineTraffic(20_000, 7).forEachRemaining(records::add);
        MiningResult inMemory = Miner.mine(records, MiningConfig.DEFAULTS);
        long[] signals = new long[1];
        SessionStream stream = new SessionStream(new MineTraffic(20_000, 7), SessionConfig.DEFAULTS,
                new Sessionizer(SessionConfig.DEFAULTS).group(records).sessions().get(0).watermark());
        MiningResult streamed = Miner.mine(stream, MiningConfig.DEFAULTS, s -> signals[0]++);

        assertThat(stream.orphans()).isZero();
        assertThat(signals[0]).isEqualTo(inMemory.signals().size()).isPositive();
        assertThat(streamed.dataset().pairs()).isNotEmpty().isEqualTo(inMemory.dataset().pairs());
        assertThat(streamed.dataset().report().candidatesByRule()).isEqualTo(inMemory.dataset().report().candidatesByRule());
    }

    private static List<String> ids(MineTraffic traffic) {
        List<String> ids = new ArrayList<>();
        traffic.forEachRemaining(r -> ids.add(r.kind() + ":" + r.id()));
        return ids;
    }
}
