package dev.plumbline.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys and tokens: OpenAI and Anthropic ({@code sk-...}), AWS access key ids ({@code AKIA...}),
 * PEM private keys, GitHub ({@code ghp_...}, {@code github_pat_...}), GitLab, Slack ({@code xoxb-...}), Stripe,
 * Google, Hugging Face and npm tokens, JWTs, {@code Bearer} tokens, and high-entropy values
 * assigned to a key-like name ({@code api_key=...}, {@code "token": "..."}). Not hashes standing
 * alone (a commit id is not a secret), not placeholders like {@code YOUR_API_KEY} or {@code ${TOKEN}}.
 */
final class Secrets extends RegexDetector {
    private static final Pattern SHAPED = Pattern.compile("\\b(?=[sAaghxrpne])(?:sk-(?:proj-|svcacct-|admin-|ant-(?:api\\d{2}-)?)?"
            + "[A-Za-z0-9_\\-]{20,}|(?:AKIA|ASIA|ABIA|ACCA|AROA|AIDA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{36,255}"
            + "|github_pat_[A-Za-z0-9_]{22,255}|glpat-[A-Za-z0-9_\\-]{20,}|xox[abposr]-[A-Za-z0-9\\-]{10,}"
            + "|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_\\-]{35}|hf_[A-Za-z0-9]{30,}|npm_[A-Za-z0-9]{36}"
            + "|eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,})(?![\\w\\-])");
    /** A PEM private key, its lines joined by real or JSON-escaped newlines. */
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----[A-Za-z0-9+/=\\s\\\\:,-]{16,}?-----END [A-Z ]{0,20}PRIVATE KEY-----");
    private static final Pattern BEARER = Pattern.compile("(?i)(?=[bB])\\bbearer\\s+([A-Za-z0-9\\-._~+/]{16,}=*)");
    private static final Pattern ASSIGNED = Pattern.compile("(?i)(?=[aAsScCtTrRpP])(?<![A-Za-z0-9])(?:api[_\\-]?key|apikey|secret(?:[_\\-]?key)?"
            + "|client[_\\-]?secret|access[_\\-]?key(?:[_\\-]?id)?|secret[_\\-]?access[_\\-]?key|access[_\\-]?token"
            + "|auth[_\\-]?token|refresh[_\\-]?token|session[_\\-]?token|token|password|passwd|pwd|private[_\\-]?key)"
            + "[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9_\\-./+=~]{12,256})");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)your|example|xxxx|changeme|redacted|placeholder|dummy|<|\\$\\{|\\{\\{|none|null|undefined|secret|token");

    Secrets() {
        super(PiiType.SECRET.name(), List.of(PRIVATE_KEY, SHAPED, BEARER, ASSIGNED));
    }

    @Override
    int group(Matcher matcher) {
        return matcher.pattern() == SHAPED || matcher.pattern() == PRIVATE_KEY ? 0 : 1;
    }

    @Override
    Optional<String> accept(String text, Matcher matcher) {
        String value = matcher.group(group(matcher));
        if (matcher.pattern() == PRIVATE_KEY) {
            return Optional.of(value);
        }
        if (matcher.pattern() == SHAPED) {
            return mixed(value) || value.startsWith("AKIA") ? Optional.of(value) : Optional.empty();
        }
        return highEntropy(value) ? Optional.of(value) : Optional.empty();
    }

    /** Random-looking: letters and digits, at least 3 bits of entropy per character, not a placeholder. */
    static boolean highEntropy(String value) {
        return mixed(value) && entropyBitsPerChar(value) >= 3.0 && !PLACEHOLDER.matcher(value).find()
                && !value.toLowerCase(Locale.ROOT).startsWith("http");
    }

    private static boolean mixed(String value) {
        return value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter);
    }

    static double entropyBitsPerChar(String value) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double entropy = 0;
        for (int count : counts) {
            entropy += term(count, value.length());
        }
        return entropy + term(other, value.length());
    }

    private static double term(int count, int length) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / length;
        return -p * Math.log(p) / Math.log(2);
    }
}
