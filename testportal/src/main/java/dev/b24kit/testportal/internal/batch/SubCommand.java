package dev.b24kit.testportal.internal.batch;

/**
 * One batch command string split as PHP's {@code parse_url} splits it (§5.2): the method is the path
 * before {@code ?}, the query what follows it; a {@code #fragment} is cut off first.
 *
 * @param method the method name as written (not yet lower-cased)
 * @param query  the still URL-encoded query, empty when there is none
 */
record SubCommand(String method, String query) {

    static SubCommand parse(String command) {
        int hash = command.indexOf('#');
        String withoutFragment = hash < 0 ? command : command.substring(0, hash);
        int question = withoutFragment.indexOf('?');
        if (question < 0) {
            return new SubCommand(withoutFragment, "");
        }
        return new SubCommand(withoutFragment.substring(0, question), withoutFragment.substring(question + 1));
    }
}
