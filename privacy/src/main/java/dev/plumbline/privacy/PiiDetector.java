package dev.plumbline.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds everything a {@link RedactionPolicy} names in a text, as non-overlapping {@link Detection}s
 * in text order. Where two types claim overlapping text the more specific wins: custom patterns,
 * then secrets, e-mail addresses, IBANs, cards, IP addresses, phone numbers. Immutable and thread-safe.
 */
public final class PiiDetector {
    private final RedactionPolicy policy;
    private final List<Detector> detectors;

    public PiiDetector(RedactionPolicy policy) {
        this.policy = requireNonNull(policy, "policy is null");
        List<Detector> ordered = new ArrayList<>();
        policy.custom().forEach(pattern -> ordered.add(new CustomDetector(pattern)));
        addIfOn(ordered, PiiType.SECRET, new Secrets());
        addIfOn(ordered, PiiType.EMAIL, new Emails());
        addIfOn(ordered, PiiType.IBAN, new Ibans());
        addIfOn(ordered, PiiType.CARD, new PaymentCards());
        addIfOn(ordered, PiiType.IP, new IpAddresses());
        addIfOn(ordered, PiiType.PHONE, new Phones());
        this.detectors = List.copyOf(ordered);
    }

    private void addIfOn(List<Detector> ordered, PiiType type, Detector detector) {
        if (policy.types().contains(type)) {
            ordered.add(detector);
        }
    }

    public RedactionPolicy policy() {
        return policy;
    }

    public List<Detection> find(String text) {
        List<Detection> accepted = new ArrayList<>();
        for (Detector detector : detectors) {
            List<Detection> found = new ArrayList<>(detector.find(text));
            // within one type, the longest candidate first: "+1 415 555 0132" before its "415 555 0132"
            found.sort(Comparator.comparingInt((Detection d) -> d.start() - d.end()).thenComparingInt(Detection::start));
            for (Detection detection : found) {
                if (accepted.stream().noneMatch(detection::overlaps)) {
                    accepted.add(detection);
                }
            }
        }
        accepted.sort(Comparator.comparingInt(Detection::start));
        return List.copyOf(accepted);
    }
}
