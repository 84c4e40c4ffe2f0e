package io.rapport.signals.detect;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hipparchus.distribution.discrete.BinomialDistribution;

import io.rapport.signals.Signal;
import io.rapport.signals.SignalKind;
import io.rapport.signals.model.RateDrop;

/**
 * Each sign of a partner walking away, as a stated rule on a partnership's history up to a day.
 * Pure functions: the histories come in, the sign and its evidence come out, so each rule is
 * tested on histories built by hand. docs/signals.md gives the thresholds and why.
 */
public final class Detectors {

	/** Below even odds of still selling, for a partner with a habit to break (two repeat sales or more). */
	public static final double P_ALIVE_AT_RISK = 0.5;

	/** Below this, the model is all but sure the partner stopped: the sign weighs one more. */
	public static final double P_ALIVE_URGENT = 0.2;

	/** Weeks of the recent window for shares and attendance: two quarters. */
	public static final int RECENT_WEEKS = 26;

	/** Weeks of the baseline before the recent window: a year. */
	public static final int BASELINE_WEEKS = 52;

	/** Trainings and events a partner must have come to in the baseline year for its absence to mean something. */
	public static final int EVENTS_HABIT = 4;

	/** The part of its usual pace a partner must have fallen to, at most, for a drop to be a sign. */
	public static final double DROP_TO = 0.5;

	/** How long a certification is valid. */
	public static final int CERTIFICATION_WEEKS = 104;

	/** A quarter either side of the day a certification runs out. */
	public static final int CERTIFICATION_WARNING_WEEKS = 13;

	/** Points on the 0–10 recommendation scale a signed answer must fall to count. */
	public static final int NPS_FALL = 3;

	/** Days without a direct meeting after which the CAM's contact has lapsed: regular communication allows 120. */
	public static final long CONTACT_LAPSE_DAYS = 120;

	/** Selling days across all vendors a partner needs in the baseline for its shares to mean something. */
	public static final int SHARE_BASELINE_DAYS = 6;

	/** The fall in share, in points, that counts. */
	public static final double SHARE_FALL = 0.20;

	/** Other vendors a partner must sell with on Rapport before its share is shown: no single competitor's figures leak. */
	public static final int SHARE_OTHER_VENDORS = 2;

	private Detectors() {
	}

	/**
	 * @param repeatSales x, repeat selling days so far
	 * @param weeksSinceLastSale T − tx
	 */
	public static Optional<Signal> retention(double pAlive, int repeatSales, double weeksSinceLastSale) {
		if (repeatSales < 2 || pAlive >= P_ALIVE_AT_RISK) {
			return Optional.empty();
		}
		return Optional.of(new Signal(SignalKind.RETENTION, List.of(decimal(pAlive), whole(weeksSinceLastSale)),
				pAlive < P_ALIVE_URGENT));
	}

	/**
	 * The last quarter's selling days at most half the baseline's pace, and significantly so
	 * (one-sided exact test, p below the level).
	 */
	public static Optional<Signal> salesDrop(RateDrop drop, double level) {
		if (drop == null || drop.pValue() >= level || drop.lastPeriod() > DROP_TO * drop.perPeriodBefore()) {
			return Optional.empty();
		}
		return Optional.of(new Signal(SignalKind.SALES_DROP,
				List.of(Integer.toString(drop.lastPeriod()), oneDecimal(drop.perPeriodBefore()), decimal(drop.pValue()))));
	}

	/**
	 * The vendor's share of the partner's selling days across the vendors on Rapport, the recent
	 * window against the baseline: a fall of {@value #SHARE_FALL} or more, to under 60% of what it
	 * was, while the partner still sells at least half as much in all — and more than chance explains:
	 * given the partner's recent selling days, under an unchanged share the vendor's are
	 * binomial(n, share before), and a count this low must have p below the level. Only
	 * for partners selling with at least {@value #SHARE_OTHER_VENDORS} other vendors.
	 */
	public static Optional<Signal> activityShare(int ownBefore, int allBefore, int ownRecent, int allRecent,
			int otherVendors, double level) {
		if (otherVendors < SHARE_OTHER_VENDORS || allBefore < SHARE_BASELINE_DAYS || allRecent == 0) {
			return Optional.empty();
		}
		double before = (double) ownBefore / allBefore;
		double recent = (double) ownRecent / allRecent;
		double paceKept = (allRecent / (double) RECENT_WEEKS) / (allBefore / (double) BASELINE_WEEKS);
		if (before - recent < SHARE_FALL || recent > 0.6 * before || paceKept < 0.5
				|| new BinomialDistribution(allRecent, before).cumulativeProbability(ownRecent) >= level) {
			return Optional.empty();
		}
		return Optional.of(new Signal(SignalKind.ACTIVITY_SHARE, List.of(percent(before), percent(recent))));
	}

	/** No training, webinar or event in the recent window, after at least {@value #EVENTS_HABIT} in the baseline. */
	public static Optional<Signal> eventsStopped(int attendedBefore, int attendedRecently) {
		if (attendedBefore < EVENTS_HABIT || attendedRecently > 0) {
			return Optional.empty();
		}
		return Optional.of(new Signal(SignalKind.EVENTS_STOPPED,
				List.of(Integer.toString(attendedBefore), Integer.toString(RECENT_WEEKS))));
	}

	/**
	 * The partner's last certification runs out within a quarter either side of the day, and none
	 * was earned since (its newest would be the last one).
	 */
	public static Optional<Signal> certificationsLapsing(LocalDate lastCertification, LocalDate asOf) {
		if (lastCertification == null) {
			return Optional.empty();
		}
		LocalDate lapses = lastCertification.plusWeeks(CERTIFICATION_WEEKS);
		if (lapses.isBefore(asOf.minusWeeks(CERTIFICATION_WARNING_WEEKS))
				|| lapses.isAfter(asOf.plusWeeks(CERTIFICATION_WARNING_WEEKS))) {
			return Optional.empty();
		}
		return Optional.of(new Signal(SignalKind.CERTIFICATIONS_LAPSING, List.of(lastCertification.toString(), lapses.toString())));
	}

	/**
	 * The latest signed answer, given within the last year, recommends the vendor at least
	 * {@value #NPS_FALL} points less than the one before.
	 */
	public static Optional<Signal> surveyFalling(List<SignedScore> answers, LocalDate asOf) {
		if (answers.size() < 2) {
			return Optional.empty();
		}
		SignedScore last = answers.get(answers.size() - 1);
		SignedScore before = answers.get(answers.size() - 2);
		if (last.answeredOn().isBefore(asOf.minusWeeks(BASELINE_WEEKS)) || before.nps() - last.nps() < NPS_FALL) {
			return Optional.empty();
		}
		return Optional.of(new Signal(SignalKind.SURVEY_FALLING,
				List.of(Integer.toString(last.nps()), last.survey(), Integer.toString(before.nps()), before.survey())));
	}

	/**
	 * No direct meeting the vendor started or shared for over {@value #CONTACT_LAPSE_DAYS} days.
	 *
	 * @param lastContact null if none is recorded since {@code watchedFrom}
	 * @param watchedFrom the later of the partnership's start and the first day looked at
	 */
	public static Optional<Signal> camContactLapsed(LocalDate lastContact, LocalDate watchedFrom, LocalDate asOf) {
		LocalDate since = lastContact != null ? lastContact : watchedFrom;
		long days = ChronoUnit.DAYS.between(since, asOf);
		if (days <= CONTACT_LAPSE_DAYS) {
			return Optional.empty();
		}
		return Optional.of(new Signal(SignalKind.CAM_CONTACT_LAPSED,
				List.of(Long.toString(days), lastContact == null ? "" : lastContact.toString())));
	}

	/** One signed answer's recommendation score. */
	public record SignedScore(String survey, LocalDate answeredOn, int nps) {
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String oneDecimal(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String whole(double value) {
		return String.format(Locale.ROOT, "%.0f", value);
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.0f", share * 100);
	}
}
