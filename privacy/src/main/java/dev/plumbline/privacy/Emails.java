package dev.plumbline.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: {@code jane.doe+news@mail.example.co.uk}. Not {@code icon@2x.png} (an image
 * name), not {@code user@localhost} (no top-level domain), not {@code lodash@4.17.21} (a version).
 */
final class Emails extends RegexDetector {
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}"
            + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,24})(?![\\w-])");
    private static final Set<String> FILE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico",
            "avif", "heic");

    Emails() {
        super(PiiType.EMAIL.name(), List.of(EMAIL));
    }

    @Override
    boolean worthScanning(String text) {
        return text.indexOf('@') >= 0;
    }

    @Override
    Optional<String> accept(String text, Matcher matcher) {
        if (FILE_EXTENSIONS.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(matcher.group().toLowerCase(Locale.ROOT));
    }
}
