package io.rapport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What one generation run has produced so far, handed from step to step. Each step draws from its
 * own random stream, so adding a step never changes what earlier steps generate.
 */
public final class DemoContext {

	private final DemoScale scale;

	private final long seed;

	private final LocalDate today;

	private final List<DemoVendor> vendors = new ArrayList<>();

	private final List<DemoPartnership> partnerships = new ArrayList<>();

	private final Map<UUID, Drift> drifts = new HashMap<>();

	public DemoContext(DemoScale scale, long seed, LocalDate today) {
		this.scale = scale;
		this.seed = seed;
		this.today = today;
	}

	/** A random stream of its own for the named step. */
	public SplittableRandom random(String step) {
		return new SplittableRandom(seed ^ step.hashCode() * 0x9E3779B97F4A7C15L);
	}

	public DemoScale scale() {
		return scale;
	}

	/** The day the generated history runs up to. */
	public LocalDate today() {
		return today;
	}

	public List<DemoVendor> vendors() {
		return vendors;
	}

	public List<DemoPartnership> partnerships() {
		return partnerships;
	}

	/** The partnerships whose partners walk away, by partnership id. */
	public Map<UUID, Drift> drifts() {
		return drifts;
	}

	/** How much of its usual selling the partnership does on the day: 1 unless its partner is walking away. */
	public double share(UUID partnershipId, LocalDate day) {
		Drift drift = drifts.get(partnershipId);
		return drift == null ? 1 : drift.share(day);
	}
}
