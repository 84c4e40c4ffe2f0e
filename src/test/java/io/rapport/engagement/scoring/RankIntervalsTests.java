package io.rapport.engagement.scoring;

import io.rapport.engagement.Normalization;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankIntervalsTests {

	private static final List<IndicatorSpec> SPECS = List.of(new IndicatorSpec("a", Normalization.PERCENTILE, 0, true),
			new IndicatorSpec("b", Normalization.PERCENTILE, 0, true), new IndicatorSpec("c", Normalization.NORM, 10, true));

	private static final Map<String, Double> WEIGHTS = Map.of("a", 1.0, "b", 1.0, "c", 2.0);

	private static Map<Integer, Map<String, Double>> programme(int size, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Map<Integer, Map<String, Double>> raw = new LinkedHashMap<>();
		for (int i = 0; i < size; i++) {
			Map<String, Double> values = new HashMap<>();
			values.put("a", random.nextDouble(100));
			values.put("b", random.nextDouble(100));
			if (random.nextInt(4) > 0) {
				values.put("c", (double) random.nextInt(12));
			}
			raw.put(i, values);
		}
		return raw;
	}

	@Test
	void givesTheSameIntervalsForTheSameSeed() {
		Map<Integer, Map<String, Double>> raw = programme(200, 7);
		assertThat(ScoringEngine.rank(raw, SPECS, WEIGHTS, 1000, 0.5, 42))
			.isEqualTo(ScoringEngine.rank(raw, SPECS, WEIGHTS, 1000, 0.5, 42));
	}

	@Test
	void narrowsToTheRankItselfWithoutPerturbation() {
		Map<Integer, RankedScore> ranked = ScoringEngine.rank(programme(100, 3), SPECS, WEIGHTS, 50, 0, 1);
		ranked.values().forEach(r -> {
			assertThat(r.rankLow()).isEqualTo(r.rank());
			assertThat(r.rankHigh()).isEqualTo(r.rank());
		});
	}

	@Test
	void ranksTheBestFirstAndKeepsClearLeadersNearTheTop() {
		Map<String, Map<String, Double>> raw = new LinkedHashMap<>();
		raw.put("leader", Map.of("a", 100.0, "b", 100.0, "c", 10.0));
		raw.put("middle", Map.of("a", 50.0, "b", 50.0, "c", 5.0));
		raw.put("last", Map.of("a", 1.0, "b", 1.0, "c", 0.0));
		Map<String, RankedScore> ranked = ScoringEngine.rank(raw, SPECS, WEIGHTS, 1000, 0.5, 9);
		assertThat(ranked.get("leader").rank()).isEqualTo(1);
		assertThat(ranked.get("leader").rankHigh()).isEqualTo(1);
		assertThat(ranked.get("last").rank()).isEqualTo(3);
	}

	@Test
	void givesEveryPartnershipOfALargeProgrammeAnIntervalAroundItsRank() {
		Map<Integer, RankedScore> ranked = ScoringEngine.rank(programme(5000, 11), SPECS, WEIGHTS, 1000, 0.5, 5);
		assertThat(ranked).hasSize(5000);
		ranked.values().forEach(r -> {
			assertThat(r.rankLow()).isLessThanOrEqualTo(r.rankHigh());
			assertThat(r.rankLow()).isBetween(1, 5000);
		});
		// Perturbing weights moves the middle of the field.
		assertThat(ranked.values().stream().filter(r -> r.rankHigh() > r.rankLow()).count()).isGreaterThan(1000);
	}

	@Test
	void placesChosenSubjectsExactlyAsRankingEveryoneWould() {
		Map<Integer, Map<String, Double>> raw = programme(800, 13);
		Map<Integer, RankedScore> everyone = ScoringEngine.rank(raw, SPECS, WEIGHTS, 1000, 0.5, 21);
		Map<Integer, RankedScore> chosen = ScoringEngine.rankOnly(raw, SPECS, WEIGHTS, 1000, 0.5, 21, Set.of(3, 400, 799));
		assertThat(chosen).containsOnlyKeys(3, 400, 799);
		chosen.forEach((subject, ranked) -> assertThat(ranked).isEqualTo(everyone.get(subject)));
		// Not a copy of the same numbers: the three sit at different places in the field.
		assertThat(chosen.values().stream().map(RankedScore::rank).distinct()).hasSize(3);
	}
}
