package dev.plumbline.model;

import java.time.Instant;

/**
 * One v1 record: an interaction, a feedback or a label. Ids are the client's and make every write
 * idempotent within a project and kind.
 */
public sealed interface Record permits Interaction, Feedback, Label {
    String id();

    Instant ts();

    Kind kind();

    /** The same record at another instant (stores use it to keep the precision they hold). */
    Record withTs(Instant newTs);
}
