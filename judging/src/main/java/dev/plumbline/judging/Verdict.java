package dev.plumbline.judging;

import java.util.Optional;

/** A judge's resolved verdict on one pair (canonical order): empty when none of its labels could be parsed. */
record Verdict(String subject, String first, String second, Optional<String> value, boolean inconsistent) {

    /** 1 when the verdict gives the pair to {@code side}, 0.5 for a tie, 0 otherwise. */
    double share(String side) {
        String value = this.value.orElseThrow();
        if (value.equals("tie")) {
            return 0.5;
        }
        return (value.equals("A") ? first : second).equals(side) ? 1 : 0;
    }
}
