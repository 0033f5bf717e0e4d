package dev.plumbline.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;

/**
 * The numbers of one overlap benchmark run. Recall is the share of sample pairs with exact Jaccard
 * at or above 0.85 that the LSH run found; the full-scale speed-up divides brute force, extrapolated
 * from its per-pair time on the sample, by the LSH run's time. Times are wall clock; generating the texts comes before
 * and outside {@code totalSeconds}; {@code
 * cpuSeconds} is the process CPU time of the LSH run, for reading a run on a busy machine. Immutable.
 */
public record OverlapBenchmarkResult(
        int trainTexts,
        int evalTexts,
        double averageChars,
        LshParameters lsh,
        int threads,
        double generationSeconds,
        double indexSeconds,
        double querySeconds,
        double cpuSeconds,
        long candidates,
        long matches,
        int sampleSize,
        int samplePairsAtOrAbove,
        int samplePairsFound,
        double sampleBruteForceSeconds,
        double sampleLshSeconds,
        double extrapolatedBruteForceSeconds) {

    public double totalSeconds() {
        return indexSeconds + querySeconds;
    }

    public double recall() {
        return samplePairsAtOrAbove == 0 ? 1 : (double) samplePairsFound / samplePairsAtOrAbove;
    }

    public double speedupAtFullScale() {
        return extrapolatedBruteForceSeconds / totalSeconds();
    }

    public double speedupOnSample() {
        return sampleBruteForceSeconds / sampleLshSeconds;
    }

    public String json() {
        ObjectNode json = new ObjectMapper().createObjectNode().put("benchmark", "overlap")
                .put("schema_version", ProvenanceJson.SCHEMA_VERSION)
                .put("train_texts", trainTexts).put("eval_texts", evalTexts).put("average_chars", averageChars)
                .put("threshold", lsh.threshold()).put("target_recall", lsh.targetRecall())
                .put("bands", lsh.bands()).put("rows", lsh.rows()).put("permutations", lsh.permutations())
                .put("generation_seconds", generationSeconds).put("index_seconds", indexSeconds).put("query_seconds", querySeconds)
                .put("total_seconds", totalSeconds()).put("threads", threads)
                .put("cpu_seconds", cpuSeconds).put("train_texts_per_second", trainTexts / querySeconds)
                .put("candidates", candidates).put("matches", matches)
                .put("sample_size", sampleSize).put("sample_pairs_at_or_above_0_85", samplePairsAtOrAbove)
                .put("sample_pairs_found", samplePairsFound).put("recall_at_0_85", recall())
                .put("sample_brute_force_seconds", sampleBruteForceSeconds).put("sample_lsh_seconds", sampleLshSeconds)
                .put("speedup_on_sample", speedupOnSample())
                .put("extrapolated_brute_force_seconds", extrapolatedBruteForceSeconds)
                .put("speedup_at_full_scale", speedupAtFullScale());
        ObjectNode curve = json.putObject("s_curve");
        lsh.sCurve().forEach((similarity, probability) -> curve.put(String.valueOf(similarity), probability));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw PlumblineException.internal("could not render the benchmark result", e);
        }
    }
}
