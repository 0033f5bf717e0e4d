package dev.plumbline.privacy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/** Every non-empty match of a project's {@link CustomPattern}, under the pattern's name. */
final class CustomDetector extends RegexDetector {
    CustomDetector(CustomPattern pattern) {
        super(pattern.name(), List.of(pattern.pattern()));
    }

    @Override
    Optional<String> accept(String text, Matcher matcher) {
        return Optional.of(matcher.group());
    }
}
