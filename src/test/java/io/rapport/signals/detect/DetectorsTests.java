package io.rapport.signals.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.rapport.signals.Severity;
import io.rapport.signals.Signal;
import io.rapport.signals.SignalKind;
import io.rapport.signals.detect.Detectors.SignedScore;
import io.rapport.signals.model.RateDrop;

/** Each sign on histories built by hand: where it fires, where it must not, and the evidence it carries. */
class DetectorsTests {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	private static final double STRICT = 0.01;

	@Test
	void retentionFiresBelowEvenOddsOnlyForPartnersWithAHabit() {
		assertThat(Detectors.retention(0.31, 7, 19.4)).hasValueSatisfying(signal -> {
			assertThat(signal.kind()).isEqualTo(SignalKind.RETENTION);
			assertThat(signal.figures()).containsExactly("0.31", "19");
			assertThat(signal.weight()).isEqualTo(2);
		});
		assertThat(Detectors.retention(0.12, 7, 30).orElseThrow().weight()).as("all but sure it stopped").isEqualTo(3);
		assertThat(Detectors.retention(0.55, 7, 10)).isEmpty();
		assertThat(Detectors.retention(0.10, 1, 40)).as("one repeat sale is no habit").isEmpty();
	}

	@Test
	void salesDropFiresOnASignificantFallOnly() {
		// 11 a quarter for a year, then 3: binomial(47, 13/65) gives P(X <= 3) well under 0.05.
		RateDrop drop = RateDrop.test(44, 52, 3, 13);
		assertThat(Detectors.salesDrop(drop, STRICT)).hasValueSatisfying(signal -> {
			assertThat(signal.figures().get(0)).isEqualTo("3");
			assertThat(signal.figures().get(1)).isEqualTo("11.0");
			assertThat(Double.parseDouble(signal.figures().get(2))).isLessThan(0.05);
		});
		assertThat(Detectors.salesDrop(RateDrop.test(8, 52, 1, 13), STRICT)).as("2 a quarter to 1 is chance").isEmpty();
		RateDrop weak = RateDrop.test(40, 52, 4, 13);
		assertThat(weak.pValue()).as("significant at 5%, not at 1%").isBetween(0.01, 0.05);
		assertThat(Detectors.salesDrop(weak, STRICT)).as("not at 1%").isEmpty();
		assertThat(Detectors.salesDrop(weak, 0.05)).as("at 5%").isPresent();
		assertThat(Detectors.salesDrop(RateDrop.test(400, 52, 70, 13), STRICT)).as("significant, but still 70% of its pace").isEmpty();
		assertThat(Detectors.salesDrop(null, STRICT)).isEmpty();
	}

	@Test
	void activityShareFiresWhenTheVendorLosesItsShareWhileThePartnerStillSells() {
		// 20 of 40 selling days a year ago, 2 of 20 in the last half-year: 50% to 10%, same pace in all.
		assertThat(Detectors.activityShare(6, 12, 1, 6, 2, STRICT)).as("50% to 17% on six days: binomial p 0.11").isEmpty();
		assertThat(Detectors.activityShare(20, 40, 2, 20, 2, STRICT)).hasValueSatisfying(
				signal -> assertThat(signal.figures()).containsExactly("50", "10"));
		assertThat(Detectors.activityShare(20, 40, 2, 20, 1, STRICT)).as("one other vendor would reveal its figures").isEmpty();
		assertThat(Detectors.activityShare(20, 40, 9, 20, 3, STRICT)).as("50% to 45% is no shift").isEmpty();
		assertThat(Detectors.activityShare(20, 40, 1, 4, 3, STRICT)).as("selling less everywhere is another story").isEmpty();
		assertThat(Detectors.activityShare(2, 4, 0, 3, 3, STRICT)).as("too little to tell").isEmpty();
	}

	@Test
	void eventsStoppedNeedsAHabitAndSilence() {
		assertThat(Detectors.eventsStopped(4, 0)).hasValueSatisfying(
				signal -> assertThat(signal.figures()).containsExactly("4", "26"));
		assertThat(Detectors.eventsStopped(4, 1)).isEmpty();
		assertThat(Detectors.eventsStopped(3, 0)).as("three a year, two quarters without is chance").isEmpty();
	}

	@Test
	void certificationLapsingWithinAQuarterEitherSide() {
		LocalDate earned = DAY.minusWeeks(100);
		assertThat(Detectors.certificationsLapsing(earned, DAY)).hasValueSatisfying(
				signal -> assertThat(signal.figures()).containsExactly(earned.toString(), earned.plusWeeks(104).toString()));
		assertThat(Detectors.certificationsLapsing(DAY.minusWeeks(110), DAY)).as("lapsed six weeks ago").isPresent();
		assertThat(Detectors.certificationsLapsing(DAY.minusWeeks(60), DAY)).as("valid for most of a year").isEmpty();
		assertThat(Detectors.certificationsLapsing(DAY.minusWeeks(120), DAY)).as("lapsed long ago, old news").isEmpty();
		assertThat(Detectors.certificationsLapsing(null, DAY)).isEmpty();
	}

	@Test
	void surveyFallingComparesTheLastTwoSignedAnswers() {
		List<SignedScore> answers = List.of(new SignedScore("Spring", DAY.minusWeeks(60), 9),
				new SignedScore("Autumn 2025", DAY.minusWeeks(40), 8), new SignedScore("Spring 2026", DAY.minusWeeks(14), 4));
		assertThat(Detectors.surveyFalling(answers, DAY)).hasValueSatisfying(
				signal -> assertThat(signal.figures()).containsExactly("4", "Spring 2026", "8", "Autumn 2025"));
		assertThat(Detectors.surveyFalling(answers.subList(0, 2), DAY)).as("9 to 8").isEmpty();
		assertThat(Detectors.surveyFalling(answers.subList(2, 3), DAY)).as("one answer has no trend").isEmpty();
		assertThat(Detectors.surveyFalling(answers, DAY.plusWeeks(60))).as("a fall over a year old").isEmpty();
	}

	@Test
	void camContactLapsesAfter120Days() {
		assertThat(Detectors.camContactLapsed(DAY.minusDays(140), DAY.minusYears(2), DAY)).hasValueSatisfying(
				signal -> assertThat(signal.figures()).containsExactly("140", DAY.minusDays(140).toString()));
		assertThat(Detectors.camContactLapsed(DAY.minusDays(120), DAY.minusYears(2), DAY)).isEmpty();
		assertThat(Detectors.camContactLapsed(null, DAY.minusDays(200), DAY)).hasValueSatisfying(
				signal -> assertThat(signal.figures()).containsExactly("200", ""));
		assertThat(Detectors.camContactLapsed(null, DAY.minusDays(30), DAY)).as("a new partnership").isEmpty();
	}

	@Test
	void anAlertNeedsAStrongSignWithCompanyAndThePartnersOwnSigns() {
		Signal retention = new Signal(SignalKind.RETENTION, List.of("0.31", "19"));
		Signal events = new Signal(SignalKind.EVENTS_STOPPED, List.of("4", "26"));
		Signal certification = new Signal(SignalKind.CERTIFICATIONS_LAPSING, List.of("a", "b"));
		Signal silence = new Signal(SignalKind.CAM_CONTACT_LAPSED, List.of("140", ""));
		Signal drop = new Signal(SignalKind.SALES_DROP, List.of("3", "11.0", "0.001"));
		Signal gone = new Signal(SignalKind.RETENTION, List.of("0.12", "30"), true);
		assertThat(Severity.of(List.of(silence))).isNull();
		assertThat(Severity.of(List.of(events, silence))).as("one weak sign of the partner's own is not enough").isNull();
		assertThat(Severity.of(List.of(retention))).as("a strong sign alone is too often chance").isNull();
		assertThat(Severity.of(List.of(events, certification))).as("two weak ones neither").isNull();
		assertThat(Severity.of(List.of(gone))).as("unless the model is all but sure").isEqualTo(Severity.LOW);
		assertThat(Severity.of(List.of(retention, silence))).isEqualTo(Severity.LOW);
		assertThat(Severity.of(List.of(events, certification, silence))).isEqualTo(Severity.LOW);
		assertThat(Severity.of(List.of(retention, drop))).isEqualTo(Severity.MEDIUM);
		assertThat(Severity.of(List.of(gone, drop))).isEqualTo(Severity.HIGH);
		assertThat(Severity.of(List.of())).isNull();
	}
}
