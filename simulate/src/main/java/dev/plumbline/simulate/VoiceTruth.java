package dev.plumbline.simulate;

import java.util.List;
import java.util.Map;

/**
 * The teacher-voice trap: the teacher release, the releases drifting toward it (each one's planted
 * teacher weight, rising step by step) and the control releases that keep their voice. Human
 * reference text is in user edits, support corrections and the clean eval references.
 */
public record VoiceTruth(
        String teacher,
        String teacherFamily,
        List<String> driftingReleases,
        List<String> controlReleases,
        Map<String, Double> teacherWeightByRelease) {
    public VoiceTruth {
        driftingReleases = List.copyOf(driftingReleases);
        controlReleases = List.copyOf(controlReleases);
        teacherWeightByRelease = Map.copyOf(teacherWeightByRelease);
    }
}
