package dev.b24kit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.b24kit.eval.scenario.Scenario;
import dev.b24kit.eval.scenario.ScenarioFiles;
import dev.b24kit.eval.scenario.ScenarioFormatException;

/** The scenario file format: the shipped examples read, mistakes are named, and mangled files never throw anything else. */
class ScenarioFilesTest {

    private static String shipped(String name) throws IOException {
        return Files.readString(Path.of("scenarios", name));
    }

    @Test
    void theShippedScenariosReadWithTheirSetupStepsAndState() throws IOException {
        Scenario won = ScenarioFiles.parse("won-deal.yaml", shipped("won-deal.yaml"));

        assertThat(won.setup()).extracting(Scenario.Setup::ref).containsExactly("deal");
        assertThat(won.steps()).extracting(Scenario.Step::tool).containsExactly("update", "move_stage");
        assertThat(won.steps().get(1).receipt()).isEqualTo("confirmed");
        assertThat(won.state().getFirst().fields()).containsEntry("OPPORTUNITY", "5000 RUB");
        assertThat(won.writes()).isTrue();
        Scenario refused = ScenarioFiles.parse("unknown-enum-value.yaml", shipped("unknown-enum-value.yaml"));
        assertThat(refused.steps().getFirst().unchanged()).isTrue();
        assertThat(refused.steps().getFirst().accepted()).isEqualTo("Партнёр");
    }

    @Test
    void mistakesAreNamedWithTheFileTheStepAndWhatIsAccepted() {
        assertThatThrownBy(() -> ScenarioFiles.parse("a.yaml", "name: x\nsteps: []\n"))
                .isInstanceOf(ScenarioFormatException.class).hasMessage("a.yaml: steps: a list of at least one step {tool, arguments, expect} is required");
        assertThatThrownBy(() -> ScenarioFiles.parse("b.yaml", "name: x\nsteps:\n  - tool: get\n    expect: {unchanged: maybe}\n"))
                .hasMessage("b.yaml: step 1: expect.unchanged: true or false, not 'maybe'");
        assertThatThrownBy(() -> ScenarioFiles.parse("c.yaml", "name: x\nsteps:\n  - {tool: get}\nstate:\n  deal: {Stage: Won}\n"))
                .hasMessage("c.yaml: state.deal: not a setup record; the setup names: none");
        assertThatThrownBy(() -> ScenarioFiles.parse("d.yaml", "name: x\nsteps:\n  - tool: get\n    arguments: {a: [1, 2\n"))
                .isInstanceOf(ScenarioFormatException.class).hasMessageStartingWith("d.yaml: line ").hasMessageContaining("not readable as YAML");
        assertThatThrownBy(() -> ScenarioFiles.parse("e.yaml", "title: x\n"))
                .hasMessage("e.yaml: the scenario: unknown key 'title'; accepted: description, feed, name, setup, state, steps");
        assertThatThrownBy(() -> ScenarioFiles.parse("f.yaml", "name: x\nsetup:\n  deal: {entity: deal}\nsteps:\n  - {tool: get}\nfeed: {deal: many}\n"))
                .hasMessage("f.yaml: feed.deal: a number of entries from 0 to 1000, not '\"many\"'");
    }

    @Test
    void mangledFilesEitherReadOrFailWithAFormatErrorNamingTheFile() throws IOException {
        List<String> sources = List.of(shipped("won-deal.yaml"), shipped("unknown-enum-value.yaml"));
        Random random = new Random(20261130L);
        String noise = ":-{}[]#&*!|>'\"%@`,? \n\t$";
        int failures = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder(sources.get(random.nextInt(sources.size())));
            for (int edits = 1 + random.nextInt(4); edits > 0 && !text.isEmpty(); edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(4)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, noise.charAt(random.nextInt(noise.length())));
                    case 2 -> text.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
                    default -> text.setLength(at);
                }
            }
            try {
                ScenarioFiles.parse("mangled-" + i + ".yaml", text.toString());
            } catch (ScenarioFormatException e) {
                failures++;
                assertThat(e.getMessage()).as(text.toString()).startsWith("mangled-" + i + ".yaml: ");
            }
        }
        assertThat(failures).isPositive();
    }
}
