package io.rapport.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The ground truth of one demo partnership whose partner walks away, kept by the generator so a
 * backtest can score the early warning against it.
 *
 * @param startsOn the first day it sells less
 * @param neglected whether its CAM stopped calling a quarter before: the vendor's side of the story
 */
public record Drift(UUID partnershipId, DriftPath path, LocalDate startsOn, boolean neglected) {

	/** Weeks a slow fade takes to reach nothing. */
	static final double FADE_WEEKS = 39;

	/** Weeks a shift to another vendor takes to leave its trickle. */
	static final double SHIFT_WEEKS = 26;

	/** The share of its business a partner that shifted still brings. */
	static final double SHIFT_TRICKLE = 0.1;

	/** How much of its usual selling the partnership still does on the day: 1 before the drift, down to 0. */
	public double share(LocalDate day) {
		if (day.isBefore(startsOn)) {
			return 1;
		}
		double weeks = ChronoUnit.DAYS.between(startsOn, day) / 7.0;
		return switch (path) {
			case ABRUPT_STOP -> 0;
			case SLOW_FADE -> Math.max(0, 1 - weeks / FADE_WEEKS);
			case SHIFT_TO_ANOTHER_VENDOR -> Math.max(SHIFT_TRICKLE, 1 - weeks / SHIFT_WEEKS);
		};
	}

	/** Whether the vendor still reaches out on the day: a neglected partner hears nothing from a quarter before. */
	public boolean vendorInTouch(LocalDate day) {
		return !neglected || day.isBefore(startsOn.minusWeeks(13));
	}
}
