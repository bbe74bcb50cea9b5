package dev.b24kit.writes;

/**
 * One field whose value after the write is not the value asked for.
 *
 * @param field        the field's UPPER code ({@code STAGE_ID}, {@code UF_CRM_BUDGET})
 * @param title        the field's label
 * @param expected     the canonical value asked for (as {@link dev.b24kit.schema.RecordView} reads values); may be {@code null} (cleared)
 * @param expectedText the value asked for, in labels where the field has them
 * @param actual       the canonical value the portal holds; may be {@code null}
 * @param actualText   the value the portal holds, in labels where the field has them
 */
public record FieldDiff(String field, String title, Object expected, String expectedText, Object actual,
                        String actualText) {

    @Override
    public String toString() {
        return title + " (" + field + "): asked " + quoted(expectedText) + ", holds " + quoted(actualText);
    }

    private static String quoted(String text) {
        return text == null || text.isEmpty() ? "(empty)" : "'" + text + "'";
    }
}
