package dev.b24kit.writes.internal;

import tools.jackson.databind.json.JsonMapper;

/** The module's one JSON mapper (Jackson 3; thread-safe once built). */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }
}
