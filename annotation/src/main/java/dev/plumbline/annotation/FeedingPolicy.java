package dev.plumbline.annotation;

import java.util.List;

/**
 * A rule that picks, from candidate pairs, those humans should label. Pure and deterministic: the
 * same candidates give the same selection in the same order.
 */
public interface FeedingPolicy {
    /** The policy's name, recorded on every item it queues and on the labels given to them. */
    String name();

    List<PairCandidate> select(List<PairCandidate> candidates);
}
