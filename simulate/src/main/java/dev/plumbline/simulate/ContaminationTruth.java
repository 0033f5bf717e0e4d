package dev.plumbline.simulate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The eval set and its planted contamination for {@code evaluatedFamily}: which items are
 * contaminated (exactly {@code contaminatedShare} of {@code itemIds}) and how ({@code judge}: the gold
 * label came from a judge of that family; {@code draft}: the reference was drafted by that family and
 * the annotator saw the draft). {@code leakedInteractions} maps production interaction ids whose
 * prompt is an eval prompt, verbatim, to the eval item.
 */
public record ContaminationTruth(
        String evalSet,
        String evaluatedFamily,
        List<String> itemIds,
        List<String> contaminatedItemIds,
        double contaminatedShare,
        Map<String, String> mechanismByItem,
        Map<String, String> leakedInteractions) {
    public ContaminationTruth {
        itemIds = List.copyOf(itemIds);
        contaminatedItemIds = List.copyOf(contaminatedItemIds);
        mechanismByItem = Collections.unmodifiableMap(new TreeMap<>(mechanismByItem));
        leakedInteractions = Collections.unmodifiableMap(new TreeMap<>(leakedInteractions));
    }
}
