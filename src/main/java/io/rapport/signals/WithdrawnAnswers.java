package io.rapport.signals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.voice.SignedAnswerWithdrawn;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * A partner that takes its name off an answer takes back what the early warning read from it
 * (issue 12). In the withdrawing transaction, under the vendor's evaluation lock, every stored
 * alert about the partner — live or closed — loses the survey sign that names the wave, and with
 * it the answer's score. An evaluation under way reads the signed answers again under the same
 * lock before it stores anything ({@link AlertEvaluation}), so it cannot put the sign back; later
 * evaluations read signed answers only.
 */
@Component
class WithdrawnAnswers {

	private final JdbcClient jdbc;

	private final PartnershipQueries partnerships;

	private final ObjectMapper json;

	WithdrawnAnswers(JdbcClient jdbc, PartnershipQueries partnerships, ObjectMapper json) {
		this.jdbc = jdbc;
		this.partnerships = partnerships;
		this.json = json;
	}

	@EventListener
	void on(SignedAnswerWithdrawn withdrawn) {
		AlertEvaluation.lock(jdbc, withdrawn.vendorId());
		List<UUID> about = partnerships.register(withdrawn.vendorId()).stream()
			.filter(entry -> entry.partnerId().equals(withdrawn.partnerId())).map(PartnershipEntry::partnershipId).toList();
		if (about.isEmpty()) {
			return;
		}
		List<Map<String, Object>> alerts = jdbc.sql("""
				select id, signals::text as signals from risk_alert
				where vendor_id = :vendor and partnership_id in (:partnerships)""")
			.param("vendor", withdrawn.vendorId()).param("partnerships", about)
			.query().listOfRows();
		for (Map<String, Object> alert : alerts) {
			List<Signal> signals = json.readValue((String) alert.get("signals"), new TypeReference<List<Signal>>() {
			});
			List<Signal> kept = signals.stream().filter(signal -> !rests(signal, withdrawn)).toList();
			if (kept.size() < signals.size()) {
				// A closing held on the survey sign forgets it too: nothing of the answer stays behind.
				jdbc.sql("""
						update risk_alert set signals = cast(? as jsonb), held_signs = held_signs - 'SURVEY_FALLING'
						where id = ? and vendor_id = ?""")
					.params(json.writeValueAsString(kept), alert.get("id"), withdrawn.vendorId()).update();
			}
		}
	}

	/** A survey sign names the two waves whose signed answers it compares; a same-named wave goes too, to be safe. */
	private static boolean rests(Signal signal, SignedAnswerWithdrawn withdrawn) {
		return signal.kind() == SignalKind.SURVEY_FALLING && signal.figures().contains(withdrawn.surveyTitle());
	}
}
