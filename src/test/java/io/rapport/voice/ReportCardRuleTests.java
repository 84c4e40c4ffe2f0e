package io.rapport.voice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportCardRuleTests {

	private final ReportCardRule rule = new ReportCardRule(null, null, null, null);

	@Test
	void worksWithAVendorThatEngagesAndIsRatedWell() {
		ReportCardRule.Verdict verdict = rule.classify(70, 8.0);
		assertThat(verdict.verdict()).isEqualTo("WORK_WITH");
		assertThat(words(verdict)).containsExactly("It engages with you (VEI 70) and partners rate it 8.0 of 10.");
		assertThat(rule.classify(70, null).verdict()).isEqualTo("WORK_WITH");
	}

	@Test
	void watchesAVendorThatSlipsOnEitherSide() {
		assertThat(rule.classify(50, 8.0).verdict()).isEqualTo("WATCH");
		assertThat(rule.classify(70, 6.0).verdict()).isEqualTo("WATCH");
		assertThat(rule.classify(50, 6.0).reasons()).hasSize(2);
	}

	@Test
	void avoidsAVendorThatDoesNeither() {
		assertThat(rule.classify(30, 8.0).verdict()).isEqualTo("AVOID");
		assertThat(rule.classify(70, 4.5).verdict()).isEqualTo("AVOID");
		assertThat(words(rule.classify(30, 6.0))).containsExactly("Its engagement toward you (VEI 30) is below 35.",
				"Partners rate it 6.0 of 10, below 6.5.");
	}

	@Test
	void followsConfiguredThresholdsAndRefusesInconsistentOnes() {
		ReportCardRule strict = new ReportCardRule(50.0, 80.0, 6.0, 8.0);
		assertThat(strict.classify(70, 9.0).verdict()).isEqualTo("WATCH");
		assertThatThrownBy(() -> new ReportCardRule(60.0, 50.0, null, null)).isInstanceOf(IllegalArgumentException.class);
	}

	/** The reasons as an English reader gets them. */
	private static java.util.List<String> words(ReportCardRule.Verdict verdict) {
		return verdict.reasons().stream().map(r -> io.rapport.common.text.IcuMessageSource.english(r.code(), r.arguments())).toList();
	}
}
