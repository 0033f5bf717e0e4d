package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnnotateBenchmarkTest {
    @Test
    void aPacedRunTakesAndSubmitsEveryLabelAndReportsItsThinkTime() throws Exception {
        AnnotateBenchmark.Result result = AnnotateBenchmark.run(300, 3, 4, 5);
        assertThat(result.takes()).isEqualTo(12);
        assertThat(result.submits()).isEqualTo(12);
        assertThat(result.thinkMs()).isEqualTo(5);
        assertThat(result.takeP50()).isPositive().isLessThanOrEqualTo(result.takeP95());
        assertThat(result.json()).contains("\"think_ms\":5", "\"takes\":12", "\"operations_per_second\":");
        assertThat(result.text()).contains("think time 5 ms");
        assertThat(result.firstTakeMs()).isPositive();
        assertThat(result.json()).contains("\"first_take_ms\":");
    }

    @Test
    void theSaturationRunHasNoThinkTime() throws Exception {
        AnnotateBenchmark.Result result = AnnotateBenchmark.run(100, 2, 3);
        assertThat(result.thinkMs()).isZero();
        assertThat(result.takes()).isEqualTo(6);
        assertThat(result.submits()).isEqualTo(6);
    }

    @Test
    void theCommandPassesItsThinkTimeToTheRun() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("bench", "annotate", "--items", "60", "--annotators", "2", "--labels", "2", "--think-ms", "3",
                    "--json");
        } finally {
            System.setOut(original);
        }
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"think_ms\":3", "\"takes\":4", "\"submits\":4");
    }
}
