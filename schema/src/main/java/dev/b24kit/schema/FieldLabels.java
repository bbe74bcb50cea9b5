package dev.b24kit.schema;

/**
 * A user field's three labels in one language, as the portal keeps them; each may be empty (null is
 * read as empty). Immutable.
 *
 * @param form   the edit-form label ({@code EDIT_FORM_LABEL}, {@code formLabel})
 * @param list   the list-column label ({@code LIST_COLUMN_LABEL}, {@code listLabel})
 * @param filter the filter label ({@code LIST_FILTER_LABEL}, {@code filterLabel})
 */
public record FieldLabels(String form, String list, String filter) {

    public FieldLabels {
        form = form == null ? "" : form.strip();
        list = list == null ? "" : list.strip();
        filter = filter == null ? "" : filter.strip();
    }

    /** The first non-empty of form, list and filter label; empty when all are. */
    public String best() {
        return !form.isEmpty() ? form : !list.isEmpty() ? list : filter;
    }

    /** Whether every label is empty. */
    public boolean isEmpty() {
        return form.isEmpty() && list.isEmpty() && filter.isEmpty();
    }
}
