package dev.plumbline.provenance;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The overlap benchmark behind {@code ./plumbline bench overlap}: generated train texts (about 500
 * characters) against generated eval texts, MinHash-LSH at a Jaccard threshold, and in the same run
 * the recall against brute-force exact Jaccard on a sample (eval texts 0..n-1 against the train
 * texts that near-duplicate them), with the speed ratio to brute force. Times are wall clock.
 */
public final class OverlapBenchmark {
    /** Pairs at or above this similarity count for the recall figure. */
    public static final double RECALL_SIMILARITY = 0.85;

    private OverlapBenchmark() {
    }

    /** What to run. {@link #full()} is the published configuration. */
    public record Settings(int trainTexts, int evalTexts, int sampleSize, double threshold, double targetRecall,
                           long seed, int threads) {
        public Settings {
            if (trainTexts < 1 || evalTexts < 1 || sampleSize < 1 || threads < 1) {
                throw PlumblineException.invalidInput("benchmark sizes and threads must be positive");
            }
            if (sampleSize > evalTexts || (long) sampleSize * SyntheticTexts.NEAR_DUPLICATE_EVERY > trainTexts) {
                throw PlumblineException.invalidInput("the sample of " + sampleSize + " needs at least " + sampleSize
                        + " eval texts and " + sampleSize * SyntheticTexts.NEAR_DUPLICATE_EVERY + " train texts");
            }
        }

        /** 1,000,000 train texts against 100,000 eval texts, Jaccard 0.8, a 2,000 x 2,000 sample. */
        public static Settings full() {
            return new Settings(1_000_000, 100_000, 2_000, 0.8, 0.95, 42L, Runtime.getRuntime().availableProcessors());
        }

        public Settings withSizes(int train, int eval, int sample) {
            return new Settings(train, eval, sample, threshold, targetRecall, seed, threads);
        }
    }

    public static OverlapBenchmarkResult run(Settings settings) {
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            return new Run(settings, pool).execute();
        } finally {
            pool.shutdown();
        }
    }

    public static void main(String[] args) {
        Settings settings = args.length >= 2
                ? Settings.full().withSizes(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                        args.length >= 3 ? Integer.parseInt(args[2]) : 2_000)
                : Settings.full();
        System.out.println(run(settings).json());
    }

    /** One benchmark run's state. */
    private static final class Run {
        private final Settings settings;
        private final ForkJoinPool pool;
        private final SyntheticTexts texts;
        private final LshParameters parameters;
        private final MinHasher hasher;

        Run(Settings settings, ForkJoinPool pool) {
            this.settings = settings;
            this.pool = pool;
            this.texts = new SyntheticTexts(settings.seed(), settings.evalTexts());
            this.parameters = LshParameters.choose(settings.threshold(), settings.targetRecall());
            this.hasher = new MinHasher(parameters.permutations(), MinHasher.DEFAULT_SHINGLE, settings.seed());
        }

        OverlapBenchmarkResult execute() {
            // Texts are generated before the clock starts: the benchmark times the overlap check, not the generator.
            long generationStart = System.nanoTime();
            String[] evalTexts = new String[settings.evalTexts()];
            String[] trainTexts = new String[settings.trainTexts()];
            parallel(evalTexts.length, j -> evalTexts[j] = texts.eval(j));
            parallel(trainTexts.length, i -> trainTexts[i] = texts.train(i));
            double generationSeconds = seconds(generationStart);
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            int[][] evalShingles = new int[settings.evalTexts()][];
            List<int[]> signatures = new ArrayList<>(Collections.nCopies(settings.evalTexts(), (int[]) null));
            AtomicLong evalChars = new AtomicLong();
            parallel(settings.evalTexts(), j -> {
                String text = evalTexts[j];
                evalChars.addAndGet(text.length());
                evalShingles[j] = hasher.shingles(text);
                signatures.set(j, hasher.signature(evalShingles[j]));
            });
            LshIndex index = new LshIndex(parameters, signatures);
            double indexSeconds = seconds(start);
            long queryStart = System.nanoTime();
            Query query = new Query(evalShingles, index, settings, trainTexts);
            parallel(settings.trainTexts(), query::accept);
            double querySeconds = seconds(queryStart);
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            Sample sample = sample(evalShingles, trainTexts);
            return new OverlapBenchmarkResult(settings.trainTexts(), settings.evalTexts(),
                    (double) evalChars.get() / settings.evalTexts(), parameters, settings.threads(), generationSeconds,
                    indexSeconds,
                    querySeconds, cpuSeconds,
                    query.candidates.get(), query.matches.get(), settings.sampleSize(), sample.truth.size(),
                    found(sample.truth, query.sampleMatches), sample.bruteForceSeconds, sample.lshSeconds,
                    sample.bruteForceSeconds / ((double) settings.sampleSize() * settings.sampleSize())
                            * settings.trainTexts() * settings.evalTexts());
        }

        private Sample sample(int[][] evalShingles, String[] trainTexts) {
            int n = settings.sampleSize();
            long start = System.nanoTime();
            int[][] trainShingles = new int[n][];
            parallel(n, j -> trainShingles[j] = hasher.shingles(trainTexts[j * SyntheticTexts.NEAR_DUPLICATE_EVERY]));
            Set<Long> truth = Collections.synchronizedSet(new HashSet<>());
            parallel(n, t -> {
                for (int e = 0; e < n; e++) {
                    if (MinHasher.jaccard(trainShingles[t], evalShingles[e]) >= RECALL_SIMILARITY) {
                        truth.add(key(t * SyntheticTexts.NEAR_DUPLICATE_EVERY, e));
                    }
                }
            });
            double bruteForceSeconds = seconds(start);
            long lshStart = System.nanoTime();
            List<int[]> sampleSignatures = new ArrayList<>();
            for (int e = 0; e < n; e++) {
                sampleSignatures.add(hasher.signature(evalShingles[e]));
            }
            LshIndex sampleIndex = new LshIndex(parameters, sampleSignatures);
            parallel(n, t -> sampleIndex.candidates(hasher.signature(hasher.shingles(
                    trainTexts[t * SyntheticTexts.NEAR_DUPLICATE_EVERY])), e -> MinHasher.jaccard(trainShingles[t], evalShingles[e])));
            return new Sample(truth, bruteForceSeconds, seconds(lshStart));
        }

        private void parallel(int size, IntConsumer body) {
            try {
                pool.submit(() -> IntStream.range(0, size).parallel().forEach(body)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PlumblineException.internal("benchmark interrupted", e);
            } catch (ExecutionException e) {
                throw PlumblineException.internal("benchmark failed: " + e.getCause(), e.getCause());
            }
        }
    }

    /** The LSH query over train texts: counts candidates and verified matches, keeps the sample's matches. */
    private static final class Query {
        private final int[][] evalShingles;
        private final LshIndex index;
        private final Settings settings;
        private final MinHasher hasher;
        private final String[] trainTexts;
        private final AtomicLong candidates = new AtomicLong();
        private final AtomicLong matches = new AtomicLong();
        private final Set<Long> sampleMatches = Collections.synchronizedSet(new HashSet<>());
        private final ThreadLocal<int[]> lastSeen;

        Query(int[][] evalShingles, LshIndex index, Settings settings, String[] trainTexts) {
            this.evalShingles = evalShingles;
            this.index = index;
            this.settings = settings;
            this.hasher = new MinHasher(index.parameters().permutations(), MinHasher.DEFAULT_SHINGLE, settings.seed());
            this.trainTexts = trainTexts;
            this.lastSeen = ThreadLocal.withInitial(() -> {
                int[] seen = new int[evalShingles.length];
                java.util.Arrays.fill(seen, -1);
                return seen;
            });
        }

        void accept(int trainIndex) {
            int[] shingles = hasher.shingles(trainTexts[trainIndex]);
            int[] seen = lastSeen.get();
            index.candidates(hasher.signature(shingles), e -> {
                if (seen[e] == trainIndex) {
                    return;
                }
                seen[e] = trainIndex;
                candidates.incrementAndGet();
                if (MinHasher.jaccard(shingles, evalShingles[e]) >= index.parameters().threshold()) {
                    matches.incrementAndGet();
                    if (inSample(trainIndex, e)) {
                        sampleMatches.add(key(trainIndex, e));
                    }
                }
            });
        }

        private boolean inSample(int trainIndex, int evalIndex) {
            int n = settings.sampleSize();
            return evalIndex < n && trainIndex % SyntheticTexts.NEAR_DUPLICATE_EVERY == 0
                    && trainIndex / SyntheticTexts.NEAR_DUPLICATE_EVERY < n;
        }
    }

    private record Sample(Set<Long> truth, double bruteForceSeconds, double lshSeconds) {
    }

    private static int found(Set<Long> truth, Set<Long> matches) {
        int found = 0;
        for (long pair : truth) {
            found += matches.contains(pair) ? 1 : 0;
        }
        return found;
    }

    private static long key(int train, int eval) {
        return (long) train << 32 | eval;
    }

    /** CPU time of the whole process, so a run on a busy machine can be read beside its wall time. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean bean = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return bean instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) bean).getProcessCpuTime() : 0L;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
