package dev.plumbline.monitors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The teacher-voice monitor: does a release sound more like its teacher than like the humans its
 * users are? Pure functions over corpora; the caller reads them from the store or from files.
 * Thread-safe (stateless).
 */
public final class VoiceMonitor {
    private VoiceMonitor() {
    }

    /** Audits one release against its teacher and a human reference. */
    public static VoiceReport audit(Corpus release, Corpus teacher, Corpus human, VoiceOptions options) {
        return run(release, List.of(teacher), human, options);
    }

    /** Audits one release against a human reference alone (no teacher known). */
    public static VoiceReport auditAgainstHuman(Corpus release, Corpus human, VoiceOptions options) {
        return run(release, List.of(), human, options);
    }

    /** Audits releases in release order and raises the alarm where proximity to the teacher rises. */
    public static VoiceSeriesReport series(List<Corpus> releases, Corpus teacher, Corpus human,
            VoiceOptions options) {
        List<VoiceReport> reports = new ArrayList<>();
        for (Corpus release : releases) {
            reports.add(audit(release, teacher, human, options));
        }
        return VoiceSeriesReport.of(reports, options.alarmZ());
    }

    /**
     * How well two corpora's texts can be told apart on the style fingerprint alone (e.g. two models,
     * or a release and its teacher). {@code paired}: text i of each answers the same prompt.
     */
    public static Separability separability(Corpus first, Corpus second, boolean paired, VoiceOptions options) {
        NgramTable distances = new NgramTable(1);
        NgramTable phrases = new NgramTable(1);
        return separability(VoiceSide.of(first, options, distances, phrases),
                VoiceSide.of(second, options, distances, phrases), options, paired);
    }

    /** The teacher is a list of zero or one corpus so that no Optional is passed around. */
    private static VoiceReport run(Corpus release, List<Corpus> teacher, Corpus human, VoiceOptions options) {
        NgramTable distances = new NgramTable(options.ngramOrder());
        NgramTable phrases = new NgramTable(options.phraseOrder());
        VoiceSide releaseSide = VoiceSide.of(release, options, distances, phrases);
        VoiceSide humanSide = VoiceSide.of(human, options, distances, phrases);
        Optional<VoiceSide> teacherSide = teacher.stream().findFirst()
                .map(corpus -> VoiceSide.of(corpus, options, distances, phrases));
        int[] teacherRows = teacherSide.map(VoiceSide::distanceRows).orElse(new int[0]);
        VoiceDistances.Result measured = VoiceDistances.measure(distances, releaseSide.distanceRows(), teacherRows,
                humanSide.distanceRows(), options);
        return new VoiceReport(release.name(), teacherSide.map(side -> side.corpus().name()), human.name(),
                releaseSide.fingerprint(options), teacherSide.map(side -> side.fingerprint(options)),
                humanSide.fingerprint(options),
                measured.toHuman(), measured.toTeacher(), measured.proximity(), measured.proximityReleaseSampling(),
                separability(releaseSide, humanSide, options, options.pairedWithHuman()),
                teacherSide.map(side -> separability(releaseSide, side, options, false)),
                contrast(phrases, releaseSide, humanSide, options),
                teacherSide.map(side -> contrast(phrases, releaseSide, side, options)),
                options);
    }

    private static Separability separability(VoiceSide first, VoiceSide second, VoiceOptions options,
            boolean paired) {
        List<ParsedText> all = new ArrayList<>(first.texts());
        all.addAll(second.texts());
        MarkerTokens markers = MarkerTokens.mostCommon(all, options.markerTokens());
        if (paired) {
            return LogisticClassifier.crossValidatePaired(first.corpus().name(), first.featureRows(markers),
                    second.corpus().name(), second.featureRows(markers), options.folds(), options.ridge(),
                    options.seed());
        }
        return LogisticClassifier.crossValidate(first.corpus().name(), first.featureRows(markers),
                second.corpus().name(), second.featureRows(markers), options.folds(), options.ridge(),
                options.seed());
    }

    private static PhraseContrast contrast(NgramTable phrases, VoiceSide first, VoiceSide second,
            VoiceOptions options) {
        return FightinWords.contrast(first.corpus().name(), second.corpus().name(), phrases,
                phrases.textCounts(first.phraseRows()), phrases.textCounts(second.phraseRows()), options);
    }
}
