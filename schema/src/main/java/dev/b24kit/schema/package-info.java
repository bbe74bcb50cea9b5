/**
 * The field catalog: canonical field identity, {@code UF_CRM_…}/{@code ufCrm…} naming, label to ID
 * resolution, value validation. Its types arrive with the schema issues.
 */
package dev.b24kit.schema;
