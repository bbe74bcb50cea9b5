package dev.b24kit.testportal.internal.rest;

import java.util.Map;

/** An HTTP response produced by the dispatcher: status, headers and a UTF-8 body. */
public record Reply(int status, Map<String, String> headers, String body) {
}
