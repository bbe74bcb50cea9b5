package dev.b24kit.client.batch;

import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.CallResult;
import dev.b24kit.client.PortalUnavailable;
import dev.b24kit.client.RequestRejected;

/** What became of one command of a batch: a value, consumed with a pattern-matching {@code switch}. */
public sealed interface CommandOutcome {

    /** The command ran and answered. */
    record Succeeded(CallResult result) implements CommandOutcome {
    }

    /** The portal refused the command ({@code result_error}); {@code error} is normalised to text. */
    record Failed(String method, String error, String description) implements CommandOutcome {
        /** The refusal as the exception a single call would have thrown. */
        public Bitrix24Exception toException() {
            return new RequestRejected(method, error, description, 400);
        }
    }

    /**
     * The command did not run: an earlier command failed under {@code halt}, or the portal's answer held
     * neither a result nor an error for it.
     */
    record NotRun(String method, String reason) implements CommandOutcome {
        /** For a caller that needed the command's result (a page of a listing): the portal failed it. */
        public Bitrix24Exception toException() {
            return new PortalUnavailable(method, "", "not run: " + reason, 200, 1, null);
        }
    }
}
