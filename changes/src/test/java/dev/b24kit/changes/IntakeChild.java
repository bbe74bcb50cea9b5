package dev.b24kit.changes;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

import dev.b24kit.changes.intake.EventIntake;
import dev.b24kit.changes.intake.IntakeConfig;
import dev.b24kit.store.Store;

/**
 * The child JVM of {@link IntakeKillTest}: opens the store, starts the intake on a free port, prints
 * {@code PORT n} and serves until it is killed. Arguments: store location, portal origin, token.
 */
public final class IntakeChild {

    static final String PORT = "PORT ";

    private IntakeChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Store store = Store.open(args[0]);
        EventIntake intake = EventIntake.start(IntakeConfig.of(new InetSocketAddress("127.0.0.1", 0), args[1], args[2]),
                store.changes().inbox());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(PORT + intake.port());
        new CountDownLatch(1).await(); // serves until killed: nothing here closes the store or the intake
    }
}
