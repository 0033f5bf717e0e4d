package dev.plumbline.export;

import dev.plumbline.pairs.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A seeded train/test split that keeps groups whole: pairs sharing a normalized prompt, and (by the
 * grouping) a user or a session, are joined transitively (union-find) into components, and each
 * component goes to test when a hash of the seed and its smallest pair id falls below the test
 * share. Depends only on the pairs' ids and keys, not their order.
 */
final class GroupedSplit {
    private GroupedSplit() {
    }

    /** The pairs in input order, split into train and test. */
    static Split split(List<Pair> pairs, SplitBy by, double testShare, long seed) {
        int[] parent = new int[pairs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            for (String key : keys(pairs.get(i), by)) {
                Integer other = firstWithKey.putIfAbsent(key, i);
                if (other != null) {
                    union(parent, i, other);
                }
            }
        }
        Map<Integer, String> smallestId = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            smallestId.merge(find(parent, i), pairs.get(i).id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<Pair> train = new ArrayList<>();
        List<Pair> test = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            boolean toTest = Sha256.unit(seed + ":" + smallestId.get(find(parent, i))) < testShare;
            (toTest ? test : train).add(pairs.get(i));
        }
        return new Split(train, test);
    }

    private static List<String> keys(Pair pair, SplitBy by) {
        List<String> keys = new ArrayList<>(List.of("prompt:" + pair.promptKey()));
        String session = "session:" + pair.sessionId();
        switch (by) {
            case USER:
                keys.add(pair.userId().map(u -> "user:" + u).orElse(session));
                break;
            case SESSION:
                keys.add(session);
                break;
            case PROMPT:
                break;
        }
        return keys;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** The two sides of a split. */
    record Split(List<Pair> train, List<Pair> test) {
        Split {
            train = List.copyOf(train);
            test = List.copyOf(test);
        }
    }
}
