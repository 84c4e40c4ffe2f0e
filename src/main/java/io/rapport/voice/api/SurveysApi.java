package io.rapport.voice.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.voice.NewResponse;
import io.rapport.voice.NewSurvey;
import io.rapport.voice.PartnerReportCard;
import io.rapport.voice.PerceptionGap;
import io.rapport.voice.ReportCards;
import io.rapport.voice.ResponseView;
import io.rapport.voice.Responses;
import io.rapport.voice.SelfAssessment;
import io.rapport.voice.SelfAssessments;
import io.rapport.voice.SurveyInvitations;
import io.rapport.voice.SurveyResult;
import io.rapport.voice.SurveyResults;
import io.rapport.voice.SurveyView;
import io.rapport.voice.Surveys;
import io.rapport.voice.VendorStanding;

/**
 * Survey waves, partners' answers, anonymous results, the channel team's self-assessment and the
 * perception gap.
 */
@RestController
@Tag(name = "Voice", description = "Surveys, anonymous results, NPS, self-assessment and the perception gap")
class SurveysApi {

	private final Surveys surveys;

	private final Responses responses;

	private final SurveyResults results;

	private final SelfAssessments selfAssessments;

	private final SurveyInvitations invitations;

	private final ReportCards reportCards;

	SurveysApi(Surveys surveys, Responses responses, SurveyResults results, SelfAssessments selfAssessments,
			SurveyInvitations invitations, ReportCards reportCards) {
		this.reportCards = reportCards;
		this.surveys = surveys;
		this.responses = responses;
		this.results = results;
		this.selfAssessments = selfAssessments;
		this.invitations = invitations;
	}

	@PostMapping("/api/v1/surveys")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Run a survey wave (a channel chief for its programme, an analyst across vendors); partners are invited once it opens")
	SurveyView create(@Valid @RequestBody NewSurvey request) {
		return surveys.create(request);
	}

	@GetMapping("/api/v1/surveys")
	@Operation(summary = "The survey waves the caller may see, newest first")
	List<SurveyView> list() {
		return surveys.list();
	}

	@GetMapping("/api/v1/surveys/{id}")
	@Operation(summary = "One survey wave with its criteria")
	SurveyView get(@PathVariable UUID id) {
		return surveys.get(id);
	}

	@PostMapping("/api/v1/surveys/{id}/close")
	@Operation(summary = "Close a wave before its last day (whoever runs it); results show once it is closed")
	SurveyView close(@PathVariable UUID id) {
		return surveys.close(id);
	}

	@PostMapping("/api/v1/surveys/{id}/reminders")
	@Operation(summary = "Send the wave's one reminder now to partners who have not answered (whoever runs it); "
			+ "how many were reminded is not said, as it would tell how many answered")
	Map<String, Boolean> remind(@PathVariable UUID id) {
		invitations.remind(id);
		return Map.of("reminderSent", true);
	}

	@PostMapping("/api/v1/surveys/{id}/responses")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A partner's answer about one vendor; a second answer is 409, correct it with PUT")
	ResponseView answer(@PathVariable UUID id, @Valid @RequestBody NewResponse response) {
		return responses.answer(id, response);
	}

	@PutMapping("/api/v1/surveys/{id}/responses")
	@Operation(summary = "Correct the partner's answer about one vendor while the wave is open")
	ResponseView correct(@PathVariable UUID id, @Valid @RequestBody NewResponse response) {
		return responses.correct(id, response);
	}

	@GetMapping("/api/v1/surveys/{id}/responses/mine")
	@Operation(summary = "The caller's organisation's own answers in the wave")
	List<ResponseView> mine(@PathVariable UUID id) {
		return responses.mine(id);
	}

	@GetMapping("/api/v1/surveys/{id}/results")
	@Operation(summary = "Results over at least five partner organisations: NPS and criterion means with 95% intervals, "
			+ "the importance-weighted score and the change since the previous wave")
	SurveyResult results(@PathVariable UUID id, @RequestParam(required = false) UUID vendorId) {
		return results.results(id, vendorId);
	}

	@GetMapping("/api/v1/surveys/{id}/standings")
	@Operation(summary = "Every vendor of the wave ranked overall and per criterion with intervals, and placed by level "
			+ "against its change over a year (whoever runs the wave; only over five partner organisations)")
	List<VendorStanding> standings(@PathVariable UUID id) {
		return reportCards.standings(id);
	}

	@GetMapping("/api/v1/report-cards/mine")
	@Operation(summary = "For a partner: each of its vendors' engagement toward it beside what partners say, and whether to "
			+ "work with, watch or avoid it")
	List<PartnerReportCard> myReportCard() {
		return reportCards.mine();
	}

	@PutMapping("/api/v1/vendors/{vendorId}/self-assessment")
	@Operation(summary = "The channel team's own ratings on a wave's criteria: what it believes partners would say")
	Map<String, Double> selfAssessment(@PathVariable UUID vendorId, @Valid @RequestBody SelfAssessment assessment) {
		return selfAssessments.save(vendorId, assessment);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/self-assessment")
	@Operation(summary = "The channel team's ratings for a wave")
	Map<String, Double> selfAssessment(@PathVariable UUID vendorId, @RequestParam UUID surveyId) {
		return selfAssessments.get(vendorId, surveyId);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/perception-gap")
	@Operation(summary = "Self-rating against the partners' mean per criterion, largest gaps first")
	List<PerceptionGap> perceptionGap(@PathVariable UUID vendorId, @RequestParam UUID surveyId) {
		return selfAssessments.gap(vendorId, surveyId);
	}
}
