/** The workings of verified writes; not for use outside the writes module. */
package dev.b24kit.writes.internal;
