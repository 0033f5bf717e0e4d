package dev.plumbline.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPv4 ({@code 203.0.113.42}) and IPv6 ({@code 2001:db8::8a2e:370:7334}) addresses. Not version
 * numbers introduced as such ({@code version 1.2.3.4}), not loopback, unspecified or netmask
 * addresses (they name no one), not times ({@code 12:30:45}), MAC addresses or C++ scopes.
 */
final class IpAddresses extends RegexDetector {
    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\w.:])" + OCTET + "(?:\\." + OCTET + "){3}(?![\\w]|\\.\\d)");
    private static final Pattern IPV6 = Pattern.compile("(?<![\\w:.])(?=[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?:\\.\\d{1,3}){0,3}(?![\\w:]|\\.\\d)");
    private static final Pattern VERSION_BEFORE = Pattern.compile(
            "(?i)(?:\\bv|\\bversion|\\bver\\.?|\\brelease|\\bbuild|\\bfirmware|\\brev\\.?|\\boid|§|section|chapter|clause|para\\.?|paragraph|step)\\s*:?\\s*$");
    private static final Pattern IPV4_EXACT = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");

    IpAddresses() {
        super(PiiType.IP.name(), List.of(IPV4, IPV6));
    }

    @Override
    boolean worthScanning(String text) {
        return hasDigits(text, 2) && (text.indexOf('.') >= 0 || text.indexOf(':') >= 0);
    }

    @Override
    Optional<String> accept(String text, Matcher matcher) {
        String candidate = matcher.group();
        if (matcher.pattern() == IPV4) {
            return acceptV4(text, matcher.start(), candidate);
        }
        return validV6(candidate) ? Optional.of(candidate.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static Optional<String> acceptV4(String text, int start, String candidate) {
        if (candidate.startsWith("127.") || candidate.equals("0.0.0.0") || candidate.startsWith("255.")
                || VERSION_BEFORE.matcher(before(text, start, 12)).find()) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** RFC 4291 text forms: eight groups, or fewer around one {@code ::}, optionally ending in IPv4. */
    static boolean validV6(String candidate) {
        int compressed = candidate.indexOf("::");
        if (compressed >= 0 && candidate.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        String head = compressed >= 0 ? candidate.substring(0, compressed) : candidate;
        String tail = compressed >= 0 ? candidate.substring(compressed + 2) : "";
        int headGroups = groups(head, compressed < 0 || tail.isEmpty());
        int tailGroups = groups(tail, true);
        if (headGroups < 0 || tailGroups < 0) {
            return false;
        }
        int total = headGroups + tailGroups;
        if (compressed < 0) {
            return total == 8;
        }
        // "::1", "a::b" and the like are too short to tell from code or prose: need two groups and a digit
        return total <= 7 && total >= 2 && candidate.chars().anyMatch(Character::isDigit);
    }

    /** The number of 16-bit groups in a colon-separated run (an IPv4 end counts two), or -1 if malformed. */
    private static int groups(String run, boolean mayEndInIpv4) {
        if (run.isEmpty()) {
            return 0;
        }
        String[] parts = run.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && mayEndInIpv4 && part.contains(".")) {
                if (!IPV4_EXACT.matcher(part).matches()) {
                    return -1;
                }
                count += 2;
            } else if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return -1;
            } else {
                count++;
            }
        }
        return count;
    }
}
