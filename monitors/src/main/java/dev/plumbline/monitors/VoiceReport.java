package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The teacher-voice audit of one release: fingerprints of release, teacher and human reference;
 * Jensen-Shannon divergences of their n-gram distributions; the teacher-proximity index
 * {@code (JSD(release, human) - JSD(release, teacher)) / (JSD(release, human) + JSD(release, teacher))},
 * from -1 (speaks like the humans) to +1 (speaks like the teacher); bootstrap intervals on all
 * three (each replicate resamples every corpus); the proximity again with the noise of resampling
 * the release alone, which is what a series compares releases by; separability from human (and
 * teacher) text; and the distinctive phrases both ways.
 * Teacher parts are empty when the audit ran against the human reference alone. Immutable.
 */
public record VoiceReport(
        String release,
        Optional<String> teacher,
        String human,
        Fingerprint releaseFingerprint,
        Optional<Fingerprint> teacherFingerprint,
        Fingerprint humanFingerprint,
        Estimate divergenceToHuman,
        Optional<Estimate> divergenceToTeacher,
        Optional<Estimate> teacherProximity,
        Optional<Estimate> teacherProximityReleaseSampling,
        Separability fromHuman,
        Optional<Separability> fromTeacher,
        PhraseContrast versusHuman,
        Optional<PhraseContrast> versusTeacher,
        VoiceOptions options) {
    public VoiceReport {
        requireNonNull(release, "release is null");
        requireNonNull(teacher, "teacher is null");
        requireNonNull(human, "human is null");
        requireNonNull(releaseFingerprint, "releaseFingerprint is null");
        requireNonNull(teacherFingerprint, "teacherFingerprint is null");
        requireNonNull(humanFingerprint, "humanFingerprint is null");
        requireNonNull(divergenceToHuman, "divergenceToHuman is null");
        requireNonNull(divergenceToTeacher, "divergenceToTeacher is null");
        requireNonNull(teacherProximity, "teacherProximity is null");
        requireNonNull(teacherProximityReleaseSampling, "teacherProximityReleaseSampling is null");
        requireNonNull(fromHuman, "fromHuman is null");
        requireNonNull(fromTeacher, "fromTeacher is null");
        requireNonNull(versusHuman, "versusHuman is null");
        requireNonNull(versusTeacher, "versusTeacher is null");
        requireNonNull(options, "options is null");
    }
}
