package dev.b24kit.testportal.internal.rest;

/**
 * A REST method handler. It returns the method's {@code result} (a PHP-array-shaped value, see
 * {@code PhpJson}) or a {@link Paged} for list methods, and throws {@link RestError} for errors.
 * Handlers run under the portal state's lock (read or write, per {@link MethodSpec#writes()}).
 */
@FunctionalInterface
public interface RestMethod {

    Object handle(Call call);
}
