package io.rapport.engagement;

import java.time.Instant;

/**
 * How far a background recompute of a vendor's stored quarters has come.
 *
 * @param running whether it is still going
 */
public record RecomputeProgress(int quarters, int done, boolean running, Instant startedAt, Instant finishedAt) {

	static final RecomputeProgress NONE = new RecomputeProgress(0, 0, false, null, null);
}
