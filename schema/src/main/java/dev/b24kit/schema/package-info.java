/**
 * The field catalog. {@link dev.b24kit.schema.FieldCatalog} loads one portal's field metadata (two
 * {@code batch} requests), gives every field one identity ({@link dev.b24kit.schema.FieldRef}: UPPER and
 * camel code, labels, type, flags) found by any code or label, resolves what people say into what each
 * dialect needs ({@link dev.b24kit.schema.CrmRecord} → {@link dev.b24kit.schema.ResolvedRecord}), refuses
 * what the portal would drop silently ({@link dev.b24kit.schema.SchemaRefusal}), and reads either
 * dialect's records one way ({@link dev.b24kit.schema.RecordView}). {@link dev.b24kit.schema.UfNaming}
 * is the exact {@code UF_CRM_…}/{@code ufCrm…} rule; {@link dev.b24kit.schema.FieldMap} keeps an
 * integration's own names for the fields it uses.
 */
package dev.b24kit.schema;
