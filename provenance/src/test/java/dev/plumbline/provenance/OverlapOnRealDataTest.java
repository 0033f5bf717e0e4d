package dev.plumbline.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumbline.model.Interaction;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OverlapOnRealDataTest {
    @Test
    void exactOverlapOfMtBenchWithVicunaBenchFindsQuestions81And130AndNothingElse() {
        ItemSet vicuna = EvalItemFiles.itemSet(SharedData.vicunaBench());
        EvalSet mtBench = new EvalSetCatalog().register("mt-bench", EvalItemFiles.read(SharedData.mtBench()));

        List<OverlapMatch> exact = new ExactOverlap().find(vicuna, mtBench);

        assertThat(mtBench.evalItems()).hasSize(80);
        assertThat(vicuna.items()).hasSize(80);
        assertThat(exact).extracting(OverlapMatch::evalId, OverlapMatch::trainId)
                .containsExactly(tuple("130", "67"), tuple("81", "77"));
        assertThat(exact).allSatisfy(match -> assertThat(match.score()).isEqualTo(1.0));
    }

    @Test
    void overlapAuditFlagsAllSevenHundredFiftySixProductionPromptsOfTheSelfInstructTasks() {
        EvalSet tasks = new EvalSetCatalog().register("self-instruct-user-oriented",
                EvalItemFiles.read(SharedData.userOrientedTasks()));
        List<Interaction> production = SharedData.predictionInteractions();

        OverlapReport report = OverlapAudit.lexical().run(EvalItemFiles.prompts("production", production), tasks);

        assertThat(tasks.evalItems()).hasSize(252);
        assertThat(production).hasSize(756);
        assertThat(report.flaggedTrainIds()).hasSize(756);
        assertThat(ownTaskMatches(report)).hasSize(756);
        assertThat(report.matches(OverlapMethod.EXACT)).isEmpty();
    }

    @Test
    void lexicalAuditMatchesEachPromptOnlyToItsOwnTask() {
        EvalSet tasks = EvalSet.of("self-instruct", 1, EvalItemFiles.read(SharedData.userOrientedTasks()));
        OverlapReport report = OverlapAudit.lexical().only(EnumSet.of(OverlapMethod.NGRAM))
                .run(EvalItemFiles.prompts("production", SharedData.predictionInteractions()), tasks);

        assertThat(report.matches()).hasSize(756);
        assertThat(ownTaskMatches(report)).hasSize(756);
    }

    /** Pairs of (interaction, task) where the interaction is line i of a prediction file and the task is task i. */
    private static Set<String> ownTaskMatches(OverlapReport report) {
        return report.matches().stream()
                .filter(match -> match.evalId().equals("user_oriented_task_" + match.trainId().split("/")[1]))
                .map(match -> match.trainId() + "->" + match.evalId())
                .collect(Collectors.toSet());
    }
}
