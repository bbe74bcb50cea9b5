/** The pages' rendering, sessions and forms, and the recorders behind {@link dev.b24kit.gateway.page.TrustRecording}. */
package dev.b24kit.gateway.page.internal;
