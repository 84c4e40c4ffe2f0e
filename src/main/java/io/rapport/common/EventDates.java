package io.rapport.common;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * When something that is recorded as having happened — a sale, a touchpoint, a support case, a
 * survey answer — may have happened: not in the future (a planned meeting is not a touchpoint
 * yet) and not before 1990, before which no channel programme Rapport holds ran. Shared by the
 * API, the pages and the imports so all refuse the same dates (issue 12).
 */
public final class EventDates {

	/** The earliest day anything recorded may fall on. */
	public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	/** How far a caller's clock may run ahead of the server's before "now" is the future. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	/**
	 * Why a date is refused; a form says it under {@code dates.refused.<name>}, and with the date
	 * and {@link #EARLIEST} as arguments under {@code dates.problem.<name>}.
	 */
	public enum Refusal {
		FUTURE, BEFORE_1990
	}

	private EventDates() {
	}

	/** Why the moment cannot have happened, or empty when it can. */
	public static Optional<Refusal> refusal(Instant at, Instant now) {
		if (at.isAfter(now.plus(CLOCK_SKEW))) {
			return Optional.of(Refusal.FUTURE);
		}
		if (at.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())) {
			return Optional.of(Refusal.BEFORE_1990);
		}
		return Optional.empty();
	}

	/** Why the day cannot have happened, or empty when it can. */
	public static Optional<Refusal> refusal(LocalDate day, LocalDate today) {
		return Optional.ofNullable(day.isAfter(today) ? Refusal.FUTURE : day.isBefore(EARLIEST) ? Refusal.BEFORE_1990 : null);
	}
}
