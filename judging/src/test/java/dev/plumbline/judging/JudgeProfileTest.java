package dev.plumbline.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.llm.ModelConfig;
import dev.plumbline.llm.Prices;
import dev.plumbline.model.PlumblineException;
import org.junit.jupiter.api.Test;

class JudgeProfileTest {
    private static final JudgeTemplate PAIRWISE = JudgeTemplates.defaults().require(JudgeTemplates.DEFAULT_PAIRWISE);

    @Test
    void aProfilesRunsCallAtItsTemperatureAndTokenLimitAndCostAtItsPrices() {
        ModelConfig model = ModelConfig.of("http://localhost:8000/v1", "judge-9").withTemperature(0.7).withMaxTokens(64)
                .withPrices(new Prices(0.5, 1.5));
        JudgeRunConfig config = new JudgeProfile("strict", model, PAIRWISE.id()).runConfig(PAIRWISE);

        assertThat(config.options().temperature()).contains(0.7);
        assertThat(config.options().maxTokens()).contains(64);
        assertThat(config.prices()).isEqualTo(new Prices(0.5, 1.5));
    }

    @Test
    void theActorIdIsTheModelNameTheJudgesLabelsCarry() {
        assertThat(new JudgeProfile("strict", ModelConfig.of("http://localhost/v1", "gpt-4o-mini"), "t@1").actorId())
                .isEqualTo("gpt-4o-mini");
    }

    @Test
    void aKeyWhereTheNameOfItsVariableBelongsIsRefused() {
        ModelConfig pasted = ModelConfig.of("http://localhost/v1", "m").withApiKeyVariable("sk-proj-0123456789");

        assertThatThrownBy(() -> new JudgeProfile("j", pasted, "t@1")).isInstanceOf(PlumblineException.class)
                .hasMessageContaining("never stored");
    }

    @Test
    void aNameThatWouldLeaveTheJudgesFolderOrAnUnpinnedTemplateIsRefused() {
        ModelConfig model = ModelConfig.of("http://localhost/v1", "m");

        assertThat(JudgeProfile.validName("../up")).isFalse();
        assertThat(JudgeProfile.validName(".hidden")).isFalse();
        assertThatThrownBy(() -> new JudgeProfile("j", model, "plumbline-pairwise")).hasMessageContaining("name@version");
    }
}
