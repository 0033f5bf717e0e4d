package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

/** A reply no answer could be read from, kept verbatim so a person can see why. */
public record Unparsed(String probe, String item, String reply) {
    public Unparsed {
        requireNonNull(probe, "probe is null");
        requireNonNull(item, "item is null");
        requireNonNull(reply, "reply is null");
    }
}
