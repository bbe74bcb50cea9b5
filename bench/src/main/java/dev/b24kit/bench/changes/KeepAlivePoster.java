package dev.b24kit.bench.changes;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection posting form bodies, as a portal's sender would: the request
 * written in one piece, the answer's status read and its body skipped (Content-Length or chunked). Far
 * cheaper on CPU than {@code java.net.http.HttpClient}, so on a small machine the benchmark measures
 * the intake rather than its client. Not thread-safe: one per posting thread.
 */
final class KeepAlivePoster implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String head;

    KeepAlivePoster(String host, int port, String path) throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ";
    }

    /** Posts the body; answers the status code. */
    int post(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write((head + bytes.length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
        out.flush();
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String header; !(header = line()).isEmpty(); ) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size; (size = Long.parseLong(line().strip(), 16)) > 0; ) {
                skip(size);
                line();
            }
            line();
        } else if (length > 0) {
            skip(length);
        }
        return code;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new IOException("the connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void skip(long count) throws IOException {
        in.skipNBytes(count); // throws EOFException when the connection closed first
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
