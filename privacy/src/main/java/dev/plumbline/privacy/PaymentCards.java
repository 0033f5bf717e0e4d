package dev.plumbline.privacy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers of 13 to 19 digits, written together or grouped with spaces or dashes,
 * whose issuer prefix is a card network's (2, 3, 4, 5 or 6) and whose Luhn check digit is right:
 * {@code 4111 1111 1111 1111}. A 16-digit number that fails Luhn is not a card.
 */
final class PaymentCards extends RegexDetector {
    private static final Pattern CARD = Pattern.compile("(?<![\\w\\-.+])\\d(?:[ \\-]?\\d){12,18}(?![\\w]|[\\-.]\\d)");

    /** The lengths networks issue; 17 and 18 digits are (almost) never cards but often other numbers. */
    private static final java.util.Set<Integer> LENGTHS = java.util.Set.of(13, 14, 15, 16, 19);
    private static final Pattern GROUPED = Pattern.compile("\\d{4}(?:[ \\-]\\d{4}){2,3}(?:[ \\-]\\d{1,4})?|\\d{4}[ \\-]\\d{6}[ \\-]\\d{4,5}");

    PaymentCards() {
        super(PiiType.CARD.name(), List.of(CARD));
    }

    @Override
    boolean worthScanning(String text) {
        return hasDigits(text, 13);
    }

    @Override
    Optional<String> accept(String text, Matcher matcher) {
        String digits = digits(matcher.group());
        if (!LENGTHS.contains(digits.length()) || !plausibleGroups(matcher.group()) || !plausibleIssuer(digits)
                || !luhn(digits)) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    /** Written together, or grouped as printed on cards: fours (the last group shorter), or 4-6-5 / 4-6-4. */
    private static boolean plausibleGroups(String candidate) {
        return candidate.chars().allMatch(Character::isDigit) || GROUPED.matcher(candidate).matches();
    }

    private static boolean plausibleIssuer(String digits) {
        char first = digits.charAt(0);
        if (first == '2') {
            int prefix = Integer.parseInt(digits.substring(0, 4));
            return prefix >= 2221 && prefix <= 2720;
        }
        return first >= '3' && first <= '6';
    }

    /** The Luhn (mod 10) check every payment card number satisfies. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
