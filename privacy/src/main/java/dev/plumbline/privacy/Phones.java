package dev.plumbline.privacy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers: international ({@code +44 20 7946 0958}, {@code +1 (415) 555-0132}), North
 * American ({@code (415) 555-0132}, {@code 415.555.0132}), national with a trunk zero ({@code 020
 * 7946 0958}, {@code 06 12 34 56 78}, {@code 0176 12345678}) and bare digits after a word like
 * "phone" or "call". Not dates ({@code 2024-03-15}, {@code 15 03 2024}), versions ({@code
 * 10.0.19045.2965}) or numbers introduced as an order, invoice, ticket or reference.
 */
final class Phones extends RegexDetector {
    private static final String END = "(?![\\w]|[.\\-/:,]\\d)";
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![\\w+])\\+\\d{1,3}(?:[ .\\-]?\\(\\d{1,4}\\))?(?:[ .\\-]?\\d{1,8}){1,6}" + END);
    /** Not the middle of a run of digit groups ("4532 0151 1283 0367" holds no phone). */
    private static final String START = "(?<![\\w+.\\-/])(?<!\\d[ \\-])";
    private static final Pattern NORTH_AMERICAN = Pattern.compile(START + "(?:1[ .\\-])?"
            + "(?:\\([2-9]\\d{2}\\) ?\\d{3}[ .\\-]\\d{4}|[2-9]\\d{2}([ .\\-])\\d{3}\\1\\d{4})" + END);
    private static final Pattern NATIONAL = Pattern.compile(START + "(?:0\\d{1,4}(?:[ \\-]\\d{2,8}){1,4}"
            + "|\\(0\\d{1,4}\\) ?\\d{2,8}(?:[ \\-]\\d{2,6}){0,3}|0[1-9]\\d{8,10})" + END);
    private static final Pattern AFTER_KEYWORD = Pattern.compile("(?i)\\b(?=[pPtTmMcCfFwWsSrR])(?:phone|tel|telephone|mobile|cell|call|text"
            + "|fax|whatsapp|sms|ring)\\b[^\\d\\n]{0,14}?(\\d[\\d .\\-]{5,16}\\d)" + END);
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}[ ./\\-]\\d{1,2}[ ./\\-]\\d{1,2}|\\d{1,2}[ ./\\-]\\d{1,2}[ ./\\-](?:\\d{4}|\\d{2})");
    /** "Order no. 4455 1234 8899", "ref: 020 7946 0018", "#0612345678": a number named as something else. */
    private static final Pattern NOT_A_PHONE_BEFORE = Pattern.compile("(?i)(?:(?:\\b(?:order|invoice|ticket|tracking"
            + "|ref|reference|account|acct|case|id|sku|serial|po|isbn|part|lot|batch)\\s*(?:no\\.?|nr\\.?|number|#)?)|#)"
            + "\\s*[:#]?\\s*$");

    Phones() {
        super(PiiType.PHONE.name(), List.of(INTERNATIONAL, NORTH_AMERICAN, NATIONAL, AFTER_KEYWORD));
    }

    @Override
    int group(Matcher matcher) {
        return matcher.pattern() == AFTER_KEYWORD ? 1 : 0;
    }

    @Override
    boolean worthScanning(String text) {
        return hasDigits(text, 7);
    }

    @Override
    Optional<String> accept(String text, Matcher matcher) {
        String candidate = matcher.group(group(matcher));
        String digits = digits(candidate);
        boolean international = candidate.startsWith("+");
        int min = international ? 8 : matcher.pattern() == AFTER_KEYWORD ? 7 : matcher.pattern() == NATIONAL ? 9 : 10;
        if (digits.length() < min || digits.length() > (international ? 16 : 13)) {
            return Optional.empty();
        }
        if (DATE.matcher(candidate).matches()) {
            return Optional.empty();
        }
        if (matcher.pattern() != AFTER_KEYWORD
                && NOT_A_PHONE_BEFORE.matcher(before(text, matcher.start(), 24)).find()) {
            return Optional.empty();
        }
        return Optional.of((international ? "+" : "") + digits);
    }
}
