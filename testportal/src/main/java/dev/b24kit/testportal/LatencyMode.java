package dev.b24kit.testportal;

/** Whether the cost model's processing time is actually spent or only reported. */
public enum LatencyMode {
    /** Each call waits its modelled processing time, so wall-clock benchmarks feel it. */
    REALTIME,
    /** The processing time is reported in {@code time} but not waited for (fast tests). */
    NONE
}
