package io.rapport.voice;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first column's closing advice made a stated rule: work with a vendor that engages with you
 * and that partners rate well, watch one that slips on either, avoid one that does neither. The
 * thresholds are configurable; the defaults are below.
 *
 * @param avoidVeiBelow the vendor's engagement toward the partner (VEI, 0–100) under which to avoid it (default 35)
 * @param watchVeiBelow under which to watch it (default 55)
 * @param avoidRatingBelow partners' importance-weighted rating (0–10) under which to avoid it (default 5)
 * @param watchRatingBelow under which to watch it (default 6.5)
 */
@ConfigurationProperties("rapport.voice.report-card")
public record ReportCardRule(Double avoidVeiBelow, Double watchVeiBelow, Double avoidRatingBelow, Double watchRatingBelow) {

	public ReportCardRule {
		avoidVeiBelow = avoidVeiBelow == null ? 35 : avoidVeiBelow;
		watchVeiBelow = watchVeiBelow == null ? 55 : watchVeiBelow;
		avoidRatingBelow = avoidRatingBelow == null ? 5 : avoidRatingBelow;
		watchRatingBelow = watchRatingBelow == null ? 6.5 : watchRatingBelow;
		if (avoidVeiBelow > watchVeiBelow || avoidRatingBelow > watchRatingBelow) {
			throw new IllegalArgumentException("rapport.voice.report-card: an avoid threshold cannot lie above its watch threshold");
		}
	}

	/** WORK_WITH, WATCH or AVOID, with the reasons as message codes; a rating nobody may show is not held against the vendor. */
	public Verdict classify(double vei, Double rating) {
		List<Reason> reasons = new ArrayList<>();
		String verdict = "WORK_WITH";
		if (vei < avoidVeiBelow) {
			verdict = "AVOID";
			reasons.add(new Reason("voice.card.reason.veiBelow", vei, avoidVeiBelow));
		}
		else if (vei < watchVeiBelow) {
			verdict = "WATCH";
			reasons.add(new Reason("voice.card.reason.veiBelow", vei, watchVeiBelow));
		}
		if (rating != null && rating < avoidRatingBelow) {
			verdict = "AVOID";
			reasons.add(new Reason("voice.card.reason.ratingBelow", rating, avoidRatingBelow));
		}
		else if (rating != null && rating < watchRatingBelow) {
			verdict = "AVOID".equals(verdict) ? verdict : "WATCH";
			reasons.add(new Reason("voice.card.reason.ratingBelow", rating, watchRatingBelow));
		}
		if (reasons.isEmpty()) {
			reasons.add(rating == null ? new Reason("voice.card.reason.engages", vei)
					: new Reason("voice.card.reason.engagesAndRated", vei, rating));
		}
		return new Verdict(verdict, reasons);
	}

	public record Verdict(String verdict, List<Reason> reasons) {
	}

	/** A reason as a message code and the numbers it names, put in words in the reader's language. */
	public record Reason(String code, Object... arguments) {
	}
}
