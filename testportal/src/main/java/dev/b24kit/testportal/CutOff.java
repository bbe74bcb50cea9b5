package dev.b24kit.testportal;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the cloud's front end cuts a REST request off (§4.3: after 60 s). A request whose modelled
 * time would run past {@code after} is answered at that moment with the front end's HTML 504 page;
 * what its calls completed before the cut stays done, the call running at the cut never completes
 * (it is not committed and not charged), and the rest never run. See docs/testportal.md. Immutable.
 *
 * @param enabled whether requests are cut off at all
 * @param after   how long after its arrival a request is cut off; positive
 */
public record CutOff(boolean enabled, Duration after) {

    /** The cloud's: on, after 60 s. */
    public static final CutOff CLOUD = new CutOff(true, Duration.ofSeconds(60));

    /** Throws {@link IllegalArgumentException} when {@code after} is not positive. */
    public CutOff {
        Objects.requireNonNull(after, "after");
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("cut-off: after must be a positive duration, got " + after);
        }
    }

    /** On, after {@code duration}. */
    public static CutOff after(Duration duration) {
        return new CutOff(true, duration);
    }

    /** This cut-off switched on or off, at the same moment. */
    public CutOff withEnabled(boolean value) {
        return new CutOff(value, after);
    }
}
