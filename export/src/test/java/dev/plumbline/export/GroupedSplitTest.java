package dev.plumbline.export;

import static dev.plumbline.export.ExportPairs.pair;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Message;
import dev.plumbline.pairs.LabelOrigin;
import dev.plumbline.pairs.Pair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroupedSplitTest {
    private static Set<String> keys(List<Pair> pairs, boolean users) {
        return pairs.stream().map(p -> users ? p.userId().orElseThrow() : p.promptKey()).collect(Collectors.toSet());
    }

    @Test
    void noUserAndNoPromptCrossesTheSplit() {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            pairs.add(pair("p-" + i, "u-" + i, List.of(Message.user("Prompt " + (i % 150))), "good", "bad", LabelOrigin.HUMAN));
        }
        GroupedSplit.Split split = GroupedSplit.split(pairs, SplitBy.USER, 0.2, 11);
        assertThat(split.test()).isNotEmpty();
        assertThat(split.train().size() + split.test().size()).isEqualTo(300);
        Set<String> sharedUsers = new HashSet<>(keys(split.train(), true));
        sharedUsers.retainAll(keys(split.test(), true));
        Set<String> sharedPrompts = new HashSet<>(keys(split.train(), false));
        sharedPrompts.retainAll(keys(split.test(), false));
        assertThat(sharedUsers).isEmpty();
        assertThat(sharedPrompts).isEmpty();
    }

    @Test
    void aChainOfUsersSharingPromptsStaysOnOneSide() {
        List<Pair> pairs = new ArrayList<>(List.of(
                pair("chain-1", "u-1", List.of(Message.user("P1")), "good", "bad", LabelOrigin.HUMAN),
                pair("chain-2", "u-1", List.of(Message.user("P2")), "good", "bad", LabelOrigin.HUMAN),
                pair("chain-3", "u-2", List.of(Message.user("p2 ")), "good", "bad", LabelOrigin.HUMAN),
                pair("chain-4", "u-2", List.of(Message.user("P3")), "good", "bad", LabelOrigin.HUMAN)));
        for (int i = 0; i < 50; i++) {
            pairs.add(pair("single-" + i, "v-" + i, List.of(Message.user("Q" + i)), "good", "bad", LabelOrigin.HUMAN));
        }
        for (long seed = 0; seed < 20; seed++) {
            GroupedSplit.Split split = GroupedSplit.split(pairs, SplitBy.USER, 0.5, seed);
            long chainInTest = split.test().stream().filter(p -> p.id().startsWith("chain")).count();
            assertThat(chainInTest).as("seed " + seed).isIn(0L, 4L);
        }
    }

    @Test
    void theSplitIsSeededAndIgnoresInputOrder() {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            pairs.add(pair("p-" + i, "u-" + i, List.of(Message.user("Prompt " + i)), "good", "bad", LabelOrigin.HUMAN));
        }
        List<Pair> reversed = new ArrayList<>(pairs);
        java.util.Collections.reverse(reversed);
        assertThat(keys(GroupedSplit.split(pairs, SplitBy.SESSION, 0.3, 5).test(), true))
                .isEqualTo(keys(GroupedSplit.split(reversed, SplitBy.SESSION, 0.3, 5).test(), true));
        assertThat(keys(GroupedSplit.split(pairs, SplitBy.SESSION, 0.3, 5).test(), true))
                .isNotEqualTo(keys(GroupedSplit.split(pairs, SplitBy.SESSION, 0.3, 6).test(), true));
    }
}
