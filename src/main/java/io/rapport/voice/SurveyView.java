package io.rapport.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A survey wave as its reader sees it.
 *
 * @param status SCHEDULED before it opens, OPEN, CLOSED after its last day or when closed early
 * @param criteria what partners rate, with labels in the reader's language
 */
public record SurveyView(UUID id, String title, Organisation runBy, List<Organisation> vendors, LocalDate opensOn,
		LocalDate closesOn, String status, List<CriterionView> criteria) {

	public record Organisation(UUID id, String name) {
	}

	public record CriterionView(String key, String label) {
	}

	public boolean open() {
		return "OPEN".equals(status);
	}

	public boolean closed() {
		return "CLOSED".equals(status);
	}
}
