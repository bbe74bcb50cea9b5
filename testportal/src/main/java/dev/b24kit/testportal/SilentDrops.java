package dev.b24kit.testportal;

/**
 * Which of the portal's silent drops (§8) are on. In {@link Mode#SILENT} (the default, as a cloud
 * portal behaves) the offending value is dropped and the write still returns success; in
 * {@link Mode#STRICT} the write is refused with an error that names the field, so tests can compare.
 *
 * @param unknownFields   a field the entity does not have
 * @param readOnlyFields  a read-only field ({@code DATE_CREATE}, {@code STAGE_SEMANTIC_ID})
 * @param immutableFields an immutable field on update (deal {@code CATEGORY_ID})
 * @param enumValues      an enumeration value that is not an item ID (a wrong ID, or a label)
 * @param legacyStage     a legacy {@code STAGE_ID} outside the deal's pipeline
 */
public record SilentDrops(Mode unknownFields, Mode readOnlyFields, Mode immutableFields, Mode enumValues,
                          Mode legacyStage) {

    public enum Mode { SILENT, STRICT }

    /** Every drop silent, as a cloud portal behaves. */
    public static final SilentDrops CLOUD = new SilentDrops(Mode.SILENT, Mode.SILENT, Mode.SILENT, Mode.SILENT, Mode.SILENT);
    /** Every drop an error. */
    public static final SilentDrops STRICT = new SilentDrops(Mode.STRICT, Mode.STRICT, Mode.STRICT, Mode.STRICT, Mode.STRICT);
}
