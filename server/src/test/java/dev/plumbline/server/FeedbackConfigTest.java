package dev.plumbline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackConfigTest {
    @TempDir
    Path dir;

    @Test
    void theSecretIsCreatedOwnerOnlyInTheDataDirectoryAndReusedSoTokensSurviveARestart() throws Exception {
        FeedbackConfig first = FeedbackConfig.loadOrCreate(dir);
        FeedbackConfig second = FeedbackConfig.loadOrCreate(dir);
        Path file = dir.resolve(FeedbackConfig.SECRET_FILE);
        String token = new FeedbackTokens(first, Clock.systemUTC())
                .issue(ProjectId.DEFAULT, FeedbackScope.interaction("i-1"), Duration.ofMinutes(5)).token();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(second.secret()).isEqualTo(first.secret());
        assertThat(new FeedbackTokens(second, Clock.systemUTC()).verify(token).scope()).isEqualTo(FeedbackScope.interaction("i-1"));
    }

    @Test
    void printingTheConfigNeverShowsTheSecret() {
        FeedbackConfig config = FeedbackConfig.ephemeral();

        assertThat(config.toString()).doesNotContain(config.secret()).contains("<redacted>");
    }

    @Test
    void aShortSecretOrAMalformedOriginIsRefused() {
        assertThatThrownBy(() -> new FeedbackConfig("c2hvcnQ=", Duration.ofHours(1), Duration.ofHours(2), List.of("*")))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> FeedbackConfig.ephemeral().withAllowedOrigins(List.of("app.example.com/path")))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("scheme://host");
    }

    @Test
    void aTokenIsValidUntilTheSecondBeforeItsExpiryAndNotAtIt() {
        FeedbackConfig config = FeedbackConfig.ephemeral();
        Instant issued = Instant.parse("2026-11-01T10:00:00Z");
        String token = new FeedbackTokens(config, Clock.fixed(issued, ZoneOffset.UTC))
                .issue(ProjectId.DEFAULT, FeedbackScope.session("s-1"), Duration.ofSeconds(60)).token();

        FeedbackToken verified = new FeedbackTokens(config, Clock.fixed(issued.plusSeconds(59), ZoneOffset.UTC)).verify(token);
        assertThat(verified.scope()).isEqualTo(FeedbackScope.session("s-1"));
        assertThat(verified.expiresAt()).isEqualTo(issued.plusSeconds(60));
        assertThatThrownBy(() -> new FeedbackTokens(config, Clock.fixed(issued.plusSeconds(60), ZoneOffset.UTC)).verify(token))
                .isInstanceOf(Access.Denied.class).hasMessageContaining("expired");
    }
}
