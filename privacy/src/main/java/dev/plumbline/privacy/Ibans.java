package dev.plumbline.privacy;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * International bank account numbers, printed in groups of four or together: {@code DE89 3704
 * 0044 0532 0130 00}. The ISO 13616 mod-97 check must hold, and for the countries listed the length.
 */
final class Ibans extends RegexDetector {
    private static final Pattern IBAN = Pattern.compile(
            "(?<![\\w])[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![\\w])");
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("AT", 20), Map.entry("BE", 16),
            Map.entry("CH", 21), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("ES", 24),
            Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("IE", 22), Map.entry("IT", 27),
            Map.entry("LU", 20), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("SE", 24));
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    Ibans() {
        super(PiiType.IBAN.name(), List.of(IBAN));
    }

    @Override
    boolean worthScanning(String text) {
        return hasDigits(text, 4);
    }

    @Override
    Optional<String> accept(String text, Matcher matcher) {
        String iban = matcher.group().replace(" ", "").toUpperCase(Locale.ROOT);
        Integer expected = LENGTHS.get(iban.substring(0, 2));
        boolean lengthOk = expected == null ? iban.length() >= 15 && iban.length() <= 34 : iban.length() == expected;
        return lengthOk && mod97(iban) ? Optional.of(iban) : Optional.empty();
    }

    /** ISO 13616: move the first four characters to the end, letters become 10..35, the number mod 97 is 1. */
    static boolean mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < rearranged.length(); i++) {
            number.append(Character.digit(rearranged.charAt(i), 36));
        }
        return new BigInteger(number.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
