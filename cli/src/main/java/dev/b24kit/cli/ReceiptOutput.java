package dev.b24kit.cli;

import java.io.PrintWriter;
import java.util.List;

import dev.b24kit.writes.FieldDiff;
import dev.b24kit.writes.Receipt;

/** A receipt for people (one headline, then a line per field) or as JSON, and the exit code it gives. */
final class ReceiptOutput {

    private ReceiptOutput() {
    }

    static int print(Receipt receipt, boolean json, PrintWriter out) {
        out.print(json ? receipt.toJson().toString() + "\n" : text(receipt));
        out.flush();
        return exitCode(receipt);
    }

    static int exitCode(Receipt receipt) {
        return switch (receipt) {
            case Receipt.Confirmed c -> ExitCodes.SUCCESS;
            case Receipt.Proposed p -> ExitCodes.SUCCESS;
            case Receipt.Refused r -> ExitCodes.REFUSED;
            case Receipt.Drifted d -> ExitCodes.DRIFTED;
            case Receipt.Unknown u -> ExitCodes.OUTCOME_UNKNOWN;
        };
    }

    static String text(Receipt receipt) {
        String record = receipt.entity() + (receipt.recordId() == null ? "" : " " + receipt.recordId());
        return switch (receipt) {
            case Receipt.Confirmed c -> (c.adopted() ? "adopted: " + record + " (created by an earlier attempt with this key)"
                    : "confirmed: " + record) + "; the portal holds " + String.join(", ", c.fields()) + "\n";
            case Receipt.Drifted d -> "drifted: " + record + " was written, but does not hold:\n" + lines(d.diffs());
            case Receipt.Refused r -> "refused, nothing was sent: " + r.reason() + "\n";
            case Receipt.Unknown u -> "unknown: " + record + " may or may not have been written (" + u.method() + ")\n"
                    + u.attempts().stream().map(a -> "  " + a + "\n").reduce("", String::concat);
            case Receipt.Proposed p -> "proposed: " + record + " as proposal " + p.proposalId() + " (observe mode):\n"
                    + lines(p.diff());
        };
    }

    static String lines(List<FieldDiff> diffs) {
        return diffs.stream().map(d -> "  " + d + "\n").reduce("", String::concat);
    }
}
