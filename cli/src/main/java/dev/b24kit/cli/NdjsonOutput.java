package dev.b24kit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Where exported rows go, one compact JSON object per line: stdout, or a file. A file appears only
 * complete: rows go to a temporary file beside it, renamed over it by {@link #complete()}; closing
 * without completing deletes the temporary file and leaves an existing file untouched. Not thread-safe.
 */
final class NdjsonOutput implements AutoCloseable {

    private final Writer writer;
    private final Path file;      // null for stdout
    private final Path temporary; // null for stdout
    private boolean completed;

    private NdjsonOutput(Writer writer, Path file, Path temporary) {
        this.writer = writer;
        this.file = file;
        this.temporary = temporary;
    }

    static NdjsonOutput stdout(PrintWriter out) {
        return new NdjsonOutput(out, null, null);
    }

    /** Opens the temporary file now, so that an unwritable place fails before any work. */
    static NdjsonOutput file(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
            temporary.toFile().deleteOnExit(); // also after Ctrl-C, which skips the finally blocks
            return new NdjsonOutput(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), file, temporary);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** Writes rows (one page); throws {@link UncheckedIOException} when it cannot (a full disk, a closed pipe). */
    void write(List<JsonNode> rows) {
        try {
            for (JsonNode row : rows) {
                writer.write(row.toString());
                writer.write('\n');
            }
        } catch (IOException e) {
            throw failure(file, e);
        }
        // a PrintWriter keeps its errors to itself; once a page is enough to notice a closed pipe
        if (writer instanceof PrintWriter out && out.checkError()) {
            throw new UncheckedIOException("stdout was closed; stopped", new IOException("stdout closed"));
        }
    }

    /** Flushes, and for a file moves it into place. */
    void complete() {
        try {
            if (file == null) {
                writer.flush();
            } else {
                writer.close();
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            completed = true;
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** {@code stdout} or the file's path, for messages. */
    String destination() {
        return file == null ? "stdout" : file.toString();
    }

    @Override
    public void close() {
        if (file == null || completed) {
            return;
        }
        try {
            writer.close();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    private static UncheckedIOException failure(Path file, IOException e) {
        return new UncheckedIOException("cannot write " + (file == null ? "stdout" : file) + ": "
                + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
}
