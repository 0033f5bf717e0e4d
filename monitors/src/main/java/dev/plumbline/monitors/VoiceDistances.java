package dev.plumbline.monitors;

import java.util.Optional;
import java.util.Random;

/**
 * Jensen-Shannon divergences of a release to the human reference and the teacher, the proximity
 * index, and their bootstrap intervals. Each replicate resamples the texts of all corpora with
 * replacement, so the intervals include the sampling noise of the references too. Stateless.
 */
final class VoiceDistances {
    /**
     * Point estimates with intervals; teacher parts are empty when there is no teacher.
     * {@code proximityReleaseSampling} resamples the release's texts alone, holding the references
     * fixed: the noise that separates two releases compared against the same references.
     */
    record Result(Estimate toHuman, Optional<Estimate> toTeacher, Optional<Estimate> proximity,
            Optional<Estimate> proximityReleaseSampling) {
    }

    private VoiceDistances() {
    }

    static Result measure(NgramTable table, int[] release, int[] teacher, int[] human, VoiceOptions options) {
        boolean hasTeacher = teacher.length > 0;
        double[] point = once(table, release, teacher, human, hasTeacher);
        int replicates = options.bootstrapReplicates();
        double[][] draws = new double[3][replicates];
        Random random = new Random(options.seed());
        for (int b = 0; b < replicates; b++) {
            double[] replicate = once(table, resample(release, random), resample(teacher, random),
                    resample(human, random), hasTeacher);
            for (int k = 0; k < 3; k++) {
                draws[k][b] = replicate[k];
            }
        }
        Estimate toHuman = Estimate.bootstrap(point[0], draws[0]);
        if (!hasTeacher) {
            return new Result(toHuman, Optional.empty(), Optional.empty(), Optional.empty());
        }
        return new Result(toHuman, Optional.of(Estimate.bootstrap(point[1], draws[1])),
                Optional.of(Estimate.bootstrap(point[2], draws[2])),
                Optional.of(releaseSampling(table, release, teacher, human, point[2], options)));
    }

    private static Estimate releaseSampling(NgramTable table, int[] release, int[] teacher, int[] human,
            double point, VoiceOptions options) {
        double[] teacherCounts = table.counts(teacher);
        double[] humanCounts = table.counts(human);
        double[] draws = new double[options.bootstrapReplicates()];
        // A stream of its own, so this noise estimate does not depend on the full bootstrap's draws.
        Random random = new Random(options.seed() ^ 0x5DEECE66DL);
        for (int b = 0; b < draws.length; b++) {
            double[] counts = table.counts(resample(release, random));
            draws[b] = proximity(JensenShannon.divergence(counts, humanCounts),
                    JensenShannon.divergence(counts, teacherCounts));
        }
        return Estimate.bootstrap(point, draws);
    }

    static double proximity(double toHuman, double toTeacher) {
        double sum = toHuman + toTeacher;
        return sum == 0 ? 0 : (toHuman - toTeacher) / sum;
    }

    private static double[] once(NgramTable table, int[] release, int[] teacher, int[] human, boolean hasTeacher) {
        double[] releaseCounts = table.counts(release);
        double toHuman = JensenShannon.divergence(releaseCounts, table.counts(human));
        if (!hasTeacher) {
            return new double[] {toHuman, 0, 0};
        }
        double toTeacher = JensenShannon.divergence(releaseCounts, table.counts(teacher));
        return new double[] {toHuman, toTeacher, proximity(toHuman, toTeacher)};
    }

    private static int[] resample(int[] rows, Random random) {
        int[] drawn = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            drawn[i] = rows[random.nextInt(rows.length)];
        }
        return drawn;
    }
}
