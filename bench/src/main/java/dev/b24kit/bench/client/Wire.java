package dev.b24kit.bench.client;

import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.RecordedCall;
import dev.b24kit.testportal.TestPortal;

/** What the portal's call log saw between two points: HTTP requests and refusals on the wire. */
record Wire(long requests, long commands, long queryLimit, long operatingLimit) {

    static long mark(TestPortal portal) {
        List<RecordedCall> calls = portal.calls(0, Integer.MAX_VALUE);
        return calls.isEmpty() ? 0 : calls.get(calls.size() - 1).sequence();
    }

    static Wire since(TestPortal portal, long mark) {
        List<RecordedCall> calls = portal.calls(mark, Integer.MAX_VALUE);
        long requests = calls.stream().filter(c -> c.batchOf() == 0).count();
        long commands = calls.stream().filter(c -> c.batchOf() != 0 || !c.method().equals("batch")).count();
        long query = calls.stream().filter(c -> "QUERY_LIMIT_EXCEEDED".equals(c.error()) || c.status() == 503).count();
        long operating = calls.stream().filter(c -> "OPERATION_TIME_LIMIT".equals(c.error()) || c.status() == 429).count();
        return new Wire(requests, commands, query, operating);
    }

    /** The portal's cost coefficients in seconds. */
    static Map<String, Double> cost(TestPortal portal) {
        return portal.limits().costCoefficients();
    }

    /** Seconds a keyset ({@code start=-1}) page of 50 rows costs on a table of {@code tableRows}. */
    static double keysetPage(TestPortal portal, long tableRows) {
        Map<String, Double> c = cost(portal);
        return c.get("baseRead") + 50 * c.get("perRowReturned") + tableRows * c.get("pagePerTableRow");
    }

    /** Seconds a counted ({@code start>=0}) page costs on a table of {@code tableRows} at offset {@code offset}. */
    static double countedPage(TestPortal portal, long tableRows, long offset) {
        Map<String, Double> c = cost(portal);
        return keysetPage(portal, tableRows) + tableRows * c.get("countPerRow") + offset * c.get("offsetPerRow");
    }

    String describe() {
        return String.format("%d HTTP requests (%d commands), %d QUERY_LIMIT_EXCEEDED and %d OPERATION_TIME_LIMIT on the wire",
                requests, commands, queryLimit, operatingLimit);
    }
}
