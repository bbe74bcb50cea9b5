/**
 * The catalog's machinery: loading and joining the portal's answers, the name index, value resolution
 * and reading per type, the field map's YAML. Not for other modules; its types may change at any time.
 */
package dev.b24kit.schema.internal;
