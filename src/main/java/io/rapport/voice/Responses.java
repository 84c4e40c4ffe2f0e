package io.rapport.voice;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.AccessRefusedException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.text.Inputs;

/**
 * Partners' answers: one per partner organisation, vendor and wave, given and corrected while the
 * wave is open. Only the answering organisation ever reads an answer back; everyone else sees
 * aggregates (see {@link SurveyResults}).
 */
@Service
@Transactional(readOnly = true)
public class Responses {

	private final JdbcClient jdbc;

	private final Surveys surveys;

	private final ApplicationEventPublisher events;

	private final Inputs inputs;

	Responses(JdbcClient jdbc, Surveys surveys, ApplicationEventPublisher events, Inputs inputs) {
		this.inputs = inputs;
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.events = events;
	}

	/**
	 * Records the caller's organisation's answer.
	 * @throws AlreadyAnsweredException when it answered about the vendor in this wave already
	 */
	@Transactional
	public ResponseView answer(UUID surveyId, NewResponse response) {
		SurveyView survey = answerable(surveyId, response);
		Caller caller = CurrentCaller.get();
		if (surveys.partnershipEnded(caller.organizationId(), response.vendorId())) {
			throw DomainRuleException.rule("voice.rule.partnershipEnded", vendorName(survey, response.vendorId()));
		}
		UUID id = UUID.randomUUID();
		int inserted = jdbc.sql("""
				insert into survey_response (id, survey_id, vendor_id, partner_id, answered_by, nps, comment, signed, quotable)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (survey_id, vendor_id, partner_id) do nothing""")
			.params(id, surveyId, response.vendorId(), caller.organizationId(), caller.userId(), response.nps(),
					blankToNull(response.comment()), response.signed(), !response.doNotQuote())
			.update();
		if (inserted == 0) {
			throw new AlreadyAnsweredException(vendorName(survey, response.vendorId()));
		}
		saveRatings(id, response);
		return mine(surveyId, response.vendorId());
	}

	/**
	 * Replaces the caller's organisation's answer while the wave is open. Taking the partner's name
	 * off a signed answer publishes {@link SignedAnswerWithdrawn} in the same transaction, so what
	 * was read from it while signed goes with it.
	 * @throws NotFoundException when it has not answered about the vendor yet
	 */
	@Transactional
	public ResponseView correct(UUID surveyId, NewResponse response) {
		SurveyView survey = answerable(surveyId, response);
		Caller caller = CurrentCaller.get();
		// The row locked, so two corrections at once agree on whether it was signed before.
		Boolean wasSigned = jdbc.sql("""
				select signed from survey_response where survey_id = ? and vendor_id = ? and partner_id = ? for update""")
			.params(surveyId, response.vendorId(), caller.organizationId())
			.query(Boolean.class).optional()
			.orElseThrow(() -> new NotFoundException("answer about vendor", response.vendorId()));
		UUID id = jdbc.sql("""
				update survey_response set nps = ?, comment = ?, signed = ?, quotable = ?, answered_by = ?, corrected_at = now()
				where survey_id = ? and vendor_id = ? and partner_id = ? returning id""")
			.params(response.nps(), blankToNull(response.comment()), response.signed(), !response.doNotQuote(), caller.userId(),
					surveyId, response.vendorId(), caller.organizationId())
			.query(UUID.class).single();
		jdbc.sql("delete from survey_rating where response_id = ?").param(id).update();
		saveRatings(id, response);
		if (wasSigned && !response.signed()) {
			events.publishEvent(new SignedAnswerWithdrawn(surveyId, survey.title(), response.vendorId(), caller.organizationId()));
		}
		return mine(surveyId, response.vendorId());
	}

	/** The caller's organisation's answers in a wave, one per vendor it answered about. */
	public List<ResponseView> mine(UUID surveyId) {
		surveys.requireVisible(surveyId);
		Caller caller = CurrentCaller.get();
		if (!caller.isPartnerUser()) {
			return List.of();
		}
		return jdbc.sql("select vendor_id from survey_response where survey_id = ? and partner_id = ?")
			.params(surveyId, caller.organizationId()).query(UUID.class).list().stream()
			.map(vendorId -> mine(surveyId, vendorId)).toList();
	}

	private ResponseView mine(UUID surveyId, UUID vendorId) {
		Caller caller = CurrentCaller.get();
		return jdbc.sql("""
				select id, nps, comment, signed, quotable, answered_at, corrected_at from survey_response
				where survey_id = ? and vendor_id = ? and partner_id = ?""")
			.params(surveyId, vendorId, caller.organizationId())
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				Map<String, Integer> ratings = new LinkedHashMap<>();
				Map<String, Integer> importance = new LinkedHashMap<>();
				jdbc.sql("select criterion, rating, importance from survey_rating where response_id = ? order by criterion")
					.param(id).query(r -> {
						ratings.put(r.getString(1), r.getInt(2));
						int weight = r.getInt(3);
						if (!r.wasNull()) {
							importance.put(r.getString(1), weight);
						}
					});
				Timestamp corrected = rs.getTimestamp("corrected_at");
				return new ResponseView(surveyId, vendorId, vendorName(surveys.view(surveyId), vendorId), rs.getInt("nps"),
						ratings, importance, rs.getString("comment"), rs.getBoolean("signed"), rs.getTimestamp("answered_at").toInstant(),
						corrected == null ? null : corrected.toInstant(), !rs.getBoolean("quotable"));
			})
			.single();
	}

	/** Checks who answers about which vendor and when, and the answer's values. */
	private SurveyView answerable(UUID surveyId, NewResponse response) {
		Caller caller = CurrentCaller.get();
		surveys.requireVisible(surveyId);
		if (!caller.isPartnerUser()) {
			throw new AccessRefusedException("voice.refused.partnersAnswer");
		}
		SurveyView survey = surveys.viewForAnswer(surveyId);
		if (survey.vendors().stream().noneMatch(v -> v.id().equals(response.vendorId()))
				|| !surveys.partners(caller.organizationId(), response.vendorId())) {
			throw new NotFoundException("vendor in this survey", response.vendorId());
		}
		inputs.check(response);
		if (!survey.open()) {
			throw survey.closed() ? DomainRuleException.rule("voice.rule.closed", survey.closesOn())
					: DomainRuleException.rule("voice.rule.notYetOpen", survey.opensOn());
		}
		response.ratings().forEach((key, rating) -> {
			Criterion.byKey(key).orElseThrow(() -> DomainRuleException.rule("voice.rule.noCriterion", key));
			if (rating == null || rating < 0 || rating > 10) {
				throw DomainRuleException.rule("voice.rule.ratingRange", key);
			}
		});
		response.importance().forEach((key, weight) -> {
			if (!response.ratings().containsKey(key)) {
				throw DomainRuleException.rule("voice.rule.importanceNeedsRating", key);
			}
			if (weight == null || weight < 1 || weight > 5) {
				throw DomainRuleException.rule("voice.rule.importanceRange", key);
			}
		});
		return survey;
	}

	private void saveRatings(UUID responseId, NewResponse response) {
		response.ratings().forEach((key, rating) -> jdbc.sql("""
				insert into survey_rating (response_id, criterion, rating, importance) values (?, ?, ?, ?)""")
			.params(responseId, key, rating, response.importance().get(key)).update());
	}

	private static String vendorName(SurveyView survey, UUID vendorId) {
		return survey.vendors().stream().filter(v -> v.id().equals(vendorId)).map(SurveyView.Organisation::name).findFirst()
			.orElse("");
	}

	private static String blankToNull(String comment) {
		return comment == null || comment.isBlank() ? null : comment.strip();
	}
}
