package dev.plumbline.judging;

import static dev.plumbline.judging.Fixtures.answer;
import static dev.plumbline.judging.Fixtures.human;
import static dev.plumbline.judging.Fixtures.judge;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.Record;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {
    private static final List<Record> RECORDS = List.of(answer("a", "m1", "gpt-4", 10), answer("b", "m2", "llama", 20),
            human("h1", "a", "b", "A"), human("h2", "a", "b", "A"),
            judge("j", "a", "b", "A", "a"), judge("j", "a", "b", "B", "b"));

    @Test
    void rendersTheJudgeAuditAsSnakeCaseJsonWithUndefinedNumbersAsNull() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportJson.render(JudgeAudit.audit(RECORDS, JudgeAuditOptions.DEFAULT)));
        assertThat(json.get("reference").asText()).isEqualTo("human");
        JsonNode judge = json.get("judges").get(0);
        assertThat(judge.get("judge").asText()).isEqualTo("j");
        assertThat(judge.get("position").get("first_shown_wins").asInt()).isEqualTo(1);
        assertThat(judge.get("length").get("length_coefficient").isNull()).isTrue();
        assertThat(judge.get("family").asText()).isEqualTo("gpt-4");
    }

    @Test
    void rendersTheAgreementAuditWithBandsAndIntervals() throws Exception {
        AgreementReport report = AgreementAudit.audit(RECORDS.stream().filter(r -> r instanceof dev.plumbline.model.Label)
                .map(r -> (dev.plumbline.model.Label) r).toList(), AgreementAuditOptions.DEFAULT);
        JsonNode json = new ObjectMapper().readTree(ReportJson.render(report));
        assertThat(json.get("annotators")).hasSize(2);
        assertThat(json.get("alpha").get(0).get("level").asText()).isEqualTo("nominal");
        assertThat(json.get("raw_agreement").get("interval").has("lower")).isTrue();
        assertThat(ReportText.render(report)).contains("Krippendorff's alpha, nominal").contains("majority: A 1");
    }

    @Test
    void rendersTheJudgeAuditAsShortText() {
        String text = ReportText.render(JudgeAudit.audit(RECORDS, JudgeAuditOptions.DEFAULT));
        assertThat(text).startsWith("judge audit against human (1 pairs with a reference)")
                .contains("j (family gpt-4): 2 labels (0 unparsed) on 1 pairs")
                .contains("first shown won 1, second shown 0")
                .contains("gate: FAIL");
    }
}
