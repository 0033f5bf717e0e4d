package dev.plumbline.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall per type on {@code pii-corpus.tsv}: realistic positives and near misses
 * (numbers failing Luhn, dates and versions shaped like phones, hashes that are not keys). A
 * positive counts only when the detection covers exactly the labelled value; every other detection
 * is a false positive of its type. The figures are printed; the floors are asserted.
 */
class DetectionCorpusTest {
    private static final double FLOOR = 0.95;
    private static final PiiDetector DETECTOR = new PiiDetector(RedactionPolicy.ALL_ON);
    private static List<String[]> corpus;
    private static final Map<String, int[]> SCORES = new TreeMap<>();
    private static final List<String> MISTAKES = new ArrayList<>();

    @BeforeAll
    static void scoreTheCorpus() throws IOException {
        corpus = new ArrayList<>(read("/pii-corpus.tsv"));
        List<String[]> heldOut = read("/pii-holdout.tsv");
        for (String[] line : heldOut) {
            score(line[0], line[1], line[2]);
        }
        System.out.println("held out (" + heldOut.size() + " lines):");
        print();
        for (String[] line : corpus) {
            score(line[0], line[1], line[2]);
        }
        corpus.addAll(heldOut);
        System.out.println("all (" + corpus.size() + " lines):");
        print();
    }

    private static void print() {
        System.out.println("type     tp  fp  fn  precision  recall");
        SCORES.forEach((type, s) -> System.out.printf("%-7s %3d %3d %3d  %9.3f  %6.3f%n", type, s[0], s[1], s[2],
                precision(type), recall(type)));
        MISTAKES.forEach(System.out::println);
        MISTAKES.clear();
    }

    private static void score(String label, String value, String text) {
        boolean found = false;
        for (Detection detection : DETECTOR.find(text)) {
            String covered = text.substring(detection.start(), detection.end());
            if (!found && detection.type().equals(label) && covered.equals(value)) {
                found = true;
                scores(label)[0]++;
            } else {
                scores(detection.type())[1]++;
                MISTAKES.add("false positive " + detection.type() + " '" + covered + "' in: " + text);
            }
        }
        if (!label.equals("NONE") && !found) {
            scores(label)[2]++;
            MISTAKES.add("missed " + label + " '" + value + "' in: " + text);
        }
    }

    private static int[] scores(String type) {
        return SCORES.computeIfAbsent(type, t -> new int[3]);
    }

    private static double precision(String type) {
        int[] s = scores(type);
        return s[0] + s[1] == 0 ? 1.0 : (double) s[0] / (s[0] + s[1]);
    }

    private static double recall(String type) {
        int[] s = scores(type);
        return s[0] + s[2] == 0 ? 1.0 : (double) s[0] / (s[0] + s[2]);
    }

    private static List<String[]> read(String resource) throws IOException {
        try (InputStream in = DetectionCorpusTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t", 3)).toList();
        }
    }

    @Test
    void theCorpusHasAtLeast150LabelledLinesWithPositivesOfEveryTypeAndNearMisses() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        for (PiiType type : PiiType.values()) {
            assertThat(corpus).filteredOn(line -> line[0].equals(type.name())).hasSizeGreaterThanOrEqualTo(12);
        }
        assertThat(corpus).filteredOn(line -> line[0].equals("NONE")).hasSizeGreaterThanOrEqualTo(80);
    }

    @Test
    void everyTypeHasPrecisionOfAtLeastTheFloor() {
        for (PiiType type : PiiType.values()) {
            assertThat(precision(type.name())).as("precision of %s", type).isGreaterThanOrEqualTo(FLOOR);
        }
    }

    @Test
    void everyTypeHasRecallOfAtLeastTheFloor() {
        for (PiiType type : PiiType.values()) {
            assertThat(recall(type.name())).as("recall of %s", type).isGreaterThanOrEqualTo(FLOOR);
        }
    }
}
