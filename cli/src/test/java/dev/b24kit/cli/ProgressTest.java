package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter err = new StringWriter();

    private Progress progress(boolean terminal, Duration step) {
        return new Progress(new PrintWriter(err), terminal, new FakeClock(step), "b24kit export: ", "deals");
    }

    @Test
    void plainLinesComeEveryFiveSecondsWithRateElapsedAndEtaOnceTheTotalIsKnown() {
        Progress progress = progress(false, Duration.ofSeconds(1));
        progress.advance(50); // 1 s: too early for a line
        progress.total(1000);
        for (int i = 0; i < 4; i++) {
            progress.advance(50); // 5 s at the fourth
        }
        progress.finish("stdout");

        assertThat(err.toString().lines()).containsExactly(
                "b24kit export: deals: 250 of 1,000 rows (25%), 50 rows/s, 0:05 elapsed, ETA 0:15",
                "b24kit export: deals: 250 rows in 6.0 s (41 rows/s) to stdout");
    }

    @Test
    void withoutATotalThereIsNoShareAndNoEta() {
        Progress progress = progress(false, Duration.ofSeconds(5));
        progress.advance(100);

        assertThat(err.toString()).isEqualTo("b24kit export: deals: 100 rows, 20 rows/s, 0:05 elapsed\n");
    }

    @Test
    void thereIsNoEtaBeforeTheFirstFivePercent() {
        Progress progress = progress(false, Duration.ofSeconds(5));
        progress.total(10_000);
        progress.advance(450);

        assertThat(err.toString()).isEqualTo("b24kit export: deals: 450 of 10,000 rows (4%), 90 rows/s, 0:05 elapsed\n");
    }

    @Test
    void onATerminalOneLineIsRedrawnInPlaceAndEndsWithTheSummary() {
        Progress progress = progress(true, Duration.ofSeconds(1));
        progress.total(200);
        progress.advance(50);
        progress.advance(150);
        progress.finish("deals.ndjson");

        String[] draws = err.toString().split("\r", -1);
        assertThat(draws).hasSize(4); // nothing before the first carriage return, then three draws
        assertThat(draws[1]).startsWith("deals [######------------------] 50/200 25%  50 rows/s  0:01  ETA 0:03");
        assertThat(draws[2]).startsWith("deals [########################] 200/200 100%  100 rows/s  0:02  ETA 0:00");
        assertThat(draws[3]).endsWith("\n")
                .startsWith("b24kit export: deals: 200 rows in 3.0 s (66 rows/s) to deals.ndjson");
    }

    @Test
    void aShorterLineBlanksWhatIsLeftOfTheLongerOneBeforeIt() {
        Progress progress = progress(true, Duration.ofSeconds(1));
        progress.total(200);
        progress.advance(50);
        progress.finish("x");

        String[] draws = err.toString().split("\r", -1);
        String summary = "b24kit export: deals: 50 rows in 2.0 s (25 rows/s) to x";
        assertThat(draws[1].length()).isGreaterThan(summary.length());
        assertThat(draws[2]).isEqualTo(summary + " ".repeat(draws[1].length() - summary.length()) + "\n");
    }

    @Test
    void abandoningEndsTheRedrawnLineSoThatAnErrorStartsOnItsOwn() {
        Progress progress = progress(true, Duration.ofSeconds(1));
        progress.advance(50);
        progress.abandon();

        assertThat(err.toString()).startsWith("\rdeals 50 rows").endsWith("\n");
    }

    @Test
    void longDurationsShowHours() {
        assertThat(Progress.clockTime(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(Progress.clockTime(Duration.ofSeconds(65))).isEqualTo("1:05");
    }
}
