package io.rapport.engagement.scoring;

import io.rapport.engagement.Normalization;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoringEngineTests {

	private static final IndicatorSpec MEETINGS = new IndicatorSpec("meetings", Normalization.NORM, 4, true);

	private static final IndicatorSpec DAYS = new IndicatorSpec("days", Normalization.NORM, 2, false);

	private static final IndicatorSpec REVENUE = new IndicatorSpec("revenue", Normalization.PERCENTILE, 0, true);

	private static Map<String, Double> values(Object... keysAndValues) {
		Map<String, Double> values = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			values.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).doubleValue());
		}
		return values;
	}

	@Test
	void normalisesAgainstANormCappedAtFullMarks() {
		Map<String, Map<String, Double>> raw = new LinkedHashMap<>();
		raw.put("half", values("meetings", 2));
		raw.put("over", values("meetings", 9));
		raw.put("none", values("meetings", 0));
		Map<String, Score> scores = ScoringEngine.score(raw, List.of(MEETINGS), Map.of("meetings", 1.0));
		assertThat(scores.get("half").score()).isCloseTo(50, within(1e-9));
		assertThat(scores.get("over").score()).isCloseTo(100, within(1e-9));
		assertThat(scores.get("none").score()).isZero();
	}

	@Test
	void normalisesLowerIsBetterAgainstItsTarget() {
		Map<String, Map<String, Double>> raw = new LinkedHashMap<>();
		raw.put("fast", values("days", 1));
		raw.put("slow", values("days", 8));
		Map<String, Score> scores = ScoringEngine.score(raw, List.of(DAYS), Map.of("days", 1.0));
		assertThat(scores.get("fast").score()).isCloseTo(100, within(1e-9));
		assertThat(scores.get("slow").score()).isCloseTo(25, within(1e-9));
	}

	@Test
	void ranksPercentilesWithinTheProgrammeGivingTiesTheirMidRank() {
		Map<String, Map<String, Double>> raw = new LinkedHashMap<>();
		raw.put("a", values("revenue", 10));
		raw.put("b", values("revenue", 20));
		raw.put("c", values("revenue", 20));
		raw.put("d", values("revenue", 40));
		raw.put("e", values("revenue", 5));
		Map<String, Score> scores = ScoringEngine.score(raw, List.of(REVENUE), Map.of("revenue", 1.0));
		// Five values: e=5 → 0, a=10 → 1/4, b and c tie at 20 → (2 + 0.5)/4, d=40 → 1.
		assertThat(scores.get("e").score()).isCloseTo(0, within(1e-9));
		assertThat(scores.get("a").score()).isCloseTo(25, within(1e-9));
		assertThat(scores.get("b").score()).isCloseTo(62.5, within(1e-9));
		assertThat(scores.get("c").score()).isCloseTo(62.5, within(1e-9));
		assertThat(scores.get("d").score()).isCloseTo(100, within(1e-9));
	}

	@Test
	void givesAloneOrAllEqualTheMiddle() {
		Map<String, Score> alone = ScoringEngine.score(Map.of("a", values("revenue", 7)), List.of(REVENUE), Map.of("revenue", 1.0));
		assertThat(alone.get("a").score()).isCloseTo(50, within(1e-9));
		Map<String, Score> equal = ScoringEngine.score(Map.of("a", values("revenue", 3), "b", values("revenue", 3)),
				List.of(REVENUE), Map.of("revenue", 1.0));
		assertThat(equal.get("a").score()).isCloseTo(50, within(1e-9));
	}

	@Test
	void renormalisesWeightsOverPresentIndicatorsAndReportsCoverage() {
		Map<String, Map<String, Double>> raw = new LinkedHashMap<>();
		raw.put("full", values("meetings", 2, "days", 4));
		raw.put("thin", values("meetings", 2));
		Map<String, Score> scores = ScoringEngine.score(raw, List.of(MEETINGS, DAYS), Map.of("meetings", 3.0, "days", 1.0));
		// full: 0.75 × 0.5 + 0.25 × 0.5 = 0.5; thin: meetings alone, renormalised to weight 1 → 0.5, coverage 3/4.
		assertThat(scores.get("full").score()).isCloseTo(50, within(1e-9));
		assertThat(scores.get("full").coverage()).isCloseTo(1, within(1e-12));
		assertThat(scores.get("thin").score()).isCloseTo(50, within(1e-9));
		assertThat(scores.get("thin").coverage()).isCloseTo(0.75, within(1e-12));
		assertThat(scores.get("thin").indicators()).singleElement()
			.satisfies(part -> assertThat(part.weight()).isCloseTo(1, within(1e-12)));
	}

	@Test
	void explainsEachScoreWithContributionsThatSumToIt() {
		Map<String, Map<String, Double>> raw = new LinkedHashMap<>();
		raw.put("a", values("meetings", 3, "days", 3, "revenue", 100));
		raw.put("b", values("meetings", 1, "revenue", 50));
		raw.put("c", values("days", 1, "revenue", 75));
		Map<String, Score> scores = ScoringEngine.score(raw, List.of(MEETINGS, DAYS, REVENUE),
				Map.of("meetings", 2.0, "days", 1.0, "revenue", 5.0));
		for (Score score : scores.values()) {
			assertThat(score.indicators().stream().mapToDouble(IndicatorScore::contribution).sum())
				.isCloseTo(score.score(), within(1e-9));
			assertThat(score.indicators().stream().mapToDouble(IndicatorScore::weight).sum()).isCloseTo(1, within(1e-12));
		}
		IndicatorScore meetings = scores.get("a").indicators().get(0);
		assertThat(meetings.key()).isEqualTo("meetings");
		assertThat(meetings.raw()).isEqualTo(3);
		assertThat(meetings.normalized()).isCloseTo(0.75, within(1e-12));
		assertThat(meetings.weight()).isCloseTo(0.25, within(1e-12));
		assertThat(meetings.contribution()).isCloseTo(18.75, within(1e-9));
	}

	@Test
	void scoresASubjectWithoutDataAsZeroWithNoCoverage() {
		Map<String, Map<String, Double>> raw = new LinkedHashMap<>();
		raw.put("empty", Map.of());
		raw.put("nan", values("meetings", Double.NaN));
		Map<String, Score> scores = ScoringEngine.score(raw, List.of(MEETINGS), Map.of("meetings", 1.0));
		assertThat(scores.get("empty")).isEqualTo(new Score(0, 0, List.of()));
		assertThat(scores.get("nan").coverage()).isZero();
	}

	@Test
	void ranksTiesTogether() {
		assertThat(ScoringEngine.ranks(new double[] { 50, 80, 50, 10 })).containsExactly(2, 1, 2, 4);
	}

	@Test
	void refusesWeightsThatMakeNoSense() {
		Map<String, Map<String, Double>> raw = Map.of("a", values("meetings", 1));
		assertThatThrownBy(() -> ScoringEngine.score(raw, List.of(MEETINGS), Map.of("meetings", -1.0)))
			.hasMessageContaining("must be zero or more");
		assertThatThrownBy(() -> ScoringEngine.score(raw, List.of(MEETINGS), Map.of("golf", 1.0)))
			.hasMessageContaining("no indicator golf");
		assertThatThrownBy(() -> new IndicatorSpec("x", Normalization.NORM, 0, true)).hasMessageContaining("target above zero");
		assertThatThrownBy(() -> ScoringEngine.rank(raw, List.of(MEETINGS), Map.of("meetings", 1.0), 0, 0.5, 1))
			.hasMessageContaining("at least one draw");
	}
}
