package dev.b24kit.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.b24kit.store.Store;

/**
 * {@code b24kit changes}: the change feed as NDJSON ({@link FeedLines}), from a seq on; with
 * {@code --follow}, then every new entry until SIGTERM or SIGINT. Reads the store only.
 */
@Command(name = "changes", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the change feed that sync appends to: one JSON line per change, in order. "
                + "Each line's seq is the cursor to continue from with --since."})
final class ChangesCommand implements Callable<Integer> {

    private static final long FOLLOW_POLL_MILLIS = 500;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--since", paramLabel = "CURSOR", defaultValue = "0", converter = PortalFlags.Seed.class,
            description = "Print the entries after this seq (default: ${DEFAULT-VALUE}, from the start).")
    long since;

    @Option(names = "--follow", description = "Keep printing new entries until stopped (Ctrl-C, SIGTERM).")
    boolean follow;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws InterruptedException {
        try (Store opened = store.open(root.launch())) {
            FeedLines lines = new FeedLines(spec.commandLine().getOut());
            long position = lines.printAfter(opened, since);
            if (follow) {
                CountDownLatch stop = StopSignals.install();
                while (!stop.await(FOLLOW_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    position = lines.printAfter(opened, position);
                }
            }
        }
        return ExitCodes.SUCCESS;
    }
}
