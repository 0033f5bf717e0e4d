package dev.plumbline.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestAnswerTest {
    private final List<InteractionEvent> batch = SampleEvents.interactions("i", 3);

    @Test
    void readsAcceptedDuplicatesAndTheFirstRejectionOfTheServersAnswer() {
        String body = "{\"committed\":true,\"received\":3,\"accepted\":1,\"duplicates\":[\"i-0\"],"
                + "\"rejected\":[{\"index\":2,\"path\":\"$.value\",\"reason\":\"is above the scale's top 5.0\"},"
                + "{\"index\":2,\"path\":\"$.x\",\"reason\":\"second\"}],\"orphans\":[]}";
        IngestAnswer answer = IngestAnswer.parse(body, batch);
        assertThat(answer.accepted()).isEqualTo(1);
        assertThat(answer.duplicates()).isEqualTo(1);
        assertThat(answer.acknowledged()).isEqualTo(2);
        assertThat(answer.firstProblem()).contains("record i-2: $.value is above the scale's top 5.0");
    }

    @Test
    void anAnswerWithoutAnAcceptedCountIsUnreadable() {
        assertThatThrownBy(() -> IngestAnswer.parse("<html>ok</html>", batch)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IngestAnswer.parse("{\"status\":\"ok\"}", batch))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorAnswersAreSummarisedByCodeAndMessageOrByTheirText() {
        assertThat(IngestAnswer.errorMessage("{\"error\":{\"code\":\"overloaded\",\"message\":\"the queue is full\"}}"))
                .isEqualTo("overloaded: the queue is full");
        assertThat(IngestAnswer.errorMessage("Bad Gateway")).isEqualTo("Bad Gateway");
    }

    @Test
    void theJsonReaderReadsNestingEscapesAndNumbers() {
        Object parsed = JsonReader.parse(" {\"a\": [1, -2.5e3, true, false, null, {}], \"b\": \"x\\\"\\u00e9\\n\"} ");
        assertThat(parsed).isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, -2500.0, true, false, null, Map.of()),
                "b", "x\"é\n"));
        assertThatThrownBy(() -> JsonReader.parse("{\"a\":1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonReader.parse("[1] x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonReader.parse("\"\\u12")).isInstanceOf(IllegalArgumentException.class);
    }
}
