package io.rapport.voice;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.db.CopyWriter;

/**
 * Loads waves that closed before Rapport was there, with their answers as they were given — from
 * a previous survey tool, or the demo's two years of history. Nothing here is open any more, so
 * nobody is invited; every answer still passes the tables' checks (one per organisation and
 * vendor, ratings 0–10, importance 1–5). Unscoped: the caller loads into its own records.
 */
@Service
public class SurveyBulkLoad {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	SurveyBulkLoad(JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.events = events;
	}

	/**
	 * A closed wave about some vendors, run by {@code runBy}, with what each vendor's team believed at the time.
	 *
	 * @param selfAssessments vendor → criterion key → the team's own rating
	 */
	public record PastWave(String title, List<UUID> vendorIds, UUID runBy, UUID createdBy, LocalDate opensOn,
			LocalDate closesOn, List<PastAnswer> answers, Map<UUID, Map<String, Double>> selfAssessments, UUID assessedBy) {
	}

	/** One partner organisation's answer about a vendor; criterion keys as in {@link Criterion#key()}. */
	public record PastAnswer(UUID vendorId, UUID partnerId, UUID answeredBy, Instant answeredAt, int nps,
			Map<String, Integer> ratings, Map<String, Integer> importance, String comment, boolean signed) {
	}

	/** @return the wave's id */
	@Transactional
	public UUID load(PastWave wave) {
		if (!wave.closesOn().isBefore(Surveys.today())) {
			throw DomainRuleException.rule("voice.rule.historyOnlyClosed");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into survey (id, title, run_by, opens_on, closes_on, closed_on, reminder_sent_at, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, wave.title(), wave.runBy(), Date.valueOf(wave.opensOn()), Date.valueOf(wave.closesOn()),
					Date.valueOf(wave.closesOn()),
					java.sql.Timestamp.valueOf(wave.closesOn().minusDays(3).atTime(7, 0)),
					java.sql.Timestamp.valueOf(wave.opensOn().atTime(7, 0)), wave.createdBy())
			.update();
		wave.vendorIds().forEach(vendorId -> jdbc.sql("insert into survey_vendor (survey_id, vendor_id) values (?, ?)")
			.params(id, vendorId).update());
		CopyWriter responses = CopyWriter.open(dataSource, "survey_response",
				"id, survey_id, vendor_id, partner_id, answered_by, nps, comment, answered_at, signed");
		List<UUID> responseIds = new java.util.ArrayList<>();
		for (PastAnswer answer : wave.answers()) {
			UUID response = UUID.randomUUID();
			responseIds.add(response);
			responses.field(response).field(id).field(answer.vendorId()).field(answer.partnerId()).field(answer.answeredBy())
				.field(answer.nps()).field(answer.comment()).field(answer.answeredAt()).field(answer.signed()).endRow();
		}
		responses.finish();
		CopyWriter ratings = CopyWriter.open(dataSource, "survey_rating", "response_id, criterion, rating, importance");
		for (int i = 0; i < wave.answers().size(); i++) {
			PastAnswer answer = wave.answers().get(i);
			UUID response = responseIds.get(i);
			answer.ratings().forEach((key, rating) -> ratings.field(response).field(key).field(rating)
				.field(answer.importance().get(key)).endRow());
		}
		ratings.finish();
		wave.selfAssessments().forEach((vendorId, beliefs) -> beliefs.forEach((key, rating) -> jdbc.sql("""
				insert into self_assessment (vendor_id, survey_id, criterion, rating, assessed_at, assessed_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(vendorId, id, key, java.math.BigDecimal.valueOf(rating), java.sql.Timestamp.valueOf(
					wave.closesOn().plusDays(2).atTime(9, 0)), wave.assessedBy())
			.update()));
		events.publishEvent(new SurveyClosed(id, List.copyOf(wave.vendorIds()), wave.closesOn()));
		return id;
	}
}
