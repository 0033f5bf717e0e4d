package dev.plumbline.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PiiScannerTest {
    private final PiiScanner scanner = new PiiScanner(RedactionPolicy.ALL_ON);

    @Test
    void reportsEveryMatchLeftWithLineColumnTypeAndAMaskedExcerpt() {
        List<PiiFinding> findings = scanner.scan("train.jsonl", List.of(
                "{\"prompt\": \"hello <EMAIL_1>\"}",
                "{\"prompt\": \"mail jane.doe@example.com\", \"chosen\": \"call +44 20 7946 0958\"}"));

        assertThat(findings).containsExactly(
                new PiiFinding("train.jsonl", 2, 18, "EMAIL", "ja************om"),
                new PiiFinding("train.jsonl", 2, 57, "PHONE", "+4************58"));
        assertThat(findings).allSatisfy(f -> assertThat(f.excerpt()).doesNotContain("doe", "7946"));
    }

    @Test
    void aRedactedExportHasNothingLeft() {
        String redacted = Redactor.allOn().redact("mail jane.doe@example.com, card 4111 1111 1111 1111, from 198.51.100.7");

        assertThat(scanner.scan("train.jsonl", List.of(redacted))).isEmpty();
    }

    @Test
    void shortValuesAreMaskedEntirely() {
        assertThat(PiiScanner.mask("x@y.io")).isEqualTo("******");
        assertThat(PiiScanner.mask("203.0.113.42")).isEqualTo("20********42");
    }
}
