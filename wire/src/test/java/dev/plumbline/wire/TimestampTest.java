package dev.plumbline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimestampTest {
    @Test
    void theFastPathReadsEveryUtcTimestampExactlyAsTheGeneralParserDoes() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 8_000_000_000L), random.nextInt(1_000_000_000));
            String text = instant.toString();
            assertThat(FieldReader.utcInstant(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
            String millis = text.length() > 23 ? text.substring(0, 23) + "Z" : text;
            assertThat(FieldReader.utcInstant(millis)).as(millis).isEqualTo(OffsetDateTime.parse(millis).toInstant());
        }
    }

    @Test
    void anythingElseIsLeftToTheGeneralParser() {
        for (String text : List.of("2026-11-01T10:00:00+02:00", "2026-02-30T10:00:00Z", "2026-11-01T24:00:00Z",
                "2026-11-01 10:00:00Z", "2026-11-01T10:00:00.Z", "yesterday", "2026-11-01T10:00:60Z")) {
            assertThat(FieldReader.utcInstant(text)).as(text).isNull();
        }
    }
}
