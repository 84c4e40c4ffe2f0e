package io.rapport.voice.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.ReportedProblem;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.OwnVendor;
import io.rapport.common.web.RuleMessages;
import io.rapport.common.web.export.ExportFormat;
import io.rapport.common.web.export.ExportTable;
import io.rapport.common.web.export.TableExports;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.voice.NewResponse;
import io.rapport.voice.NewSurvey;
import io.rapport.voice.PerceptionGap;
import io.rapport.voice.ResponseView;
import io.rapport.voice.Responses;
import io.rapport.voice.SelfAssessment;
import io.rapport.voice.SelfAssessments;
import io.rapport.voice.SurveyResult;
import io.rapport.voice.SurveyInvitations;
import io.rapport.voice.SurveyResults;
import io.rapport.voice.SurveyView;
import io.rapport.voice.Surveys;
import io.rapport.voice.VoiceTrends;
/**
 * The survey pages: the waves and a form to run one, the partner's answer form, the anonymous
 * results, and the channel team's self-assessment beside what partners said.
 */
@Controller
class VoicePages {

	private final Surveys surveys;

	private final Responses responses;

	private final SurveyResults results;

	private final SelfAssessments selfAssessments;

	private final VendorProgrammes programmes;

	private final RuleMessages rules;

	private final SurveyInvitations invitations;

	private final VoiceTrends trends;

	VoicePages(Surveys surveys, Responses responses, SurveyResults results, SelfAssessments selfAssessments,
			VendorProgrammes programmes, SurveyInvitations invitations, VoiceTrends trends, RuleMessages rules) {
		this.invitations = invitations;
		this.trends = trends;
		this.surveys = surveys;
		this.responses = responses;
		this.results = results;
		this.selfAssessments = selfAssessments;
		this.programmes = programmes;
		this.rules = rules;
	}

	@GetMapping("/surveys")
	String list(Model model) {
		return listPage(model, null, null);
	}

	@PostMapping("/surveys")
	String create(@RequestParam String title, @RequestParam(required = false) List<UUID> vendorIds,
			@RequestParam String opensOn, @RequestParam String closesOn, Model model, HttpServletResponse response) {
		Caller caller = CurrentCaller.get();
		List<UUID> vendors = caller.isVendorUser() ? List.of(caller.organizationId())
				: vendorIds == null ? List.of() : vendorIds;
		try {
			if (title.isBlank()) {
				throw DomainRuleException.rule("voice.rule.title");
			}
			if (vendors.isEmpty()) {
				throw DomainRuleException.rule("voice.rule.noVendors");
			}
			SurveyView created = surveys.create(new NewSurvey(title, vendors, date(opensOn, "opens"), date(closesOn, "closes")));
			return listPage(model, created, null);
		}
		catch (DomainRuleException | AccessDeniedException ex) {
			response.setStatus(422);
			return listPage(model, null, rules.of(ex));
		}
	}

	private String listPage(Model model, SurveyView created, String problem) {
		Caller caller = CurrentCaller.get();
		List<SurveyView> waves = surveys.list();
		model.addAttribute("surveys", waves);
		// The waves the caller runs and may close or remind, and those whose one reminder went already.
		Set<UUID> runs = new HashSet<>();
		Set<UUID> reminded = new HashSet<>();
		waves.stream().filter(s -> s.open() && surveys.mayRun(s)).forEach(s -> {
			runs.add(s.id());
			if (invitations.reminded(s.id())) {
				reminded.add(s.id());
			}
		});
		model.addAttribute("runs", runs);
		model.addAttribute("remindedIds", reminded);
		model.addAttribute("myOrganization", caller.organizationId());
		model.addAttribute("created", created);
		model.addAttribute("mailAvailable", invitations.canMail());
		model.addAttribute("problem", problem);
		model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Europe/Warsaw")));
		if (caller.isAnalyst()) {
			model.addAttribute("vendors", programmes.all().stream()
				.sorted(java.util.Comparator.comparing(VendorProgramme::vendorName)).toList());
		}
		if (caller.isPartnerUser()) {
			// Which vendors of each open wave the partner has answered about already.
			Map<UUID, List<UUID>> answered = new HashMap<>();
			waves.stream().filter(SurveyView::open).forEach(s -> answered.put(s.id(),
					responses.mine(s.id()).stream().map(ResponseView::vendorId).toList()));
			model.addAttribute("answered", answered);
		}
		return "voice/surveys";
	}

	@GetMapping("/surveys/{id}/answer")
	String answerForm(@PathVariable UUID id, @RequestParam UUID vendorId, Model model) {
		SurveyView survey = surveys.get(id);
		ResponseView existing = responses.mine(id).stream().filter(r -> r.vendorId().equals(vendorId)).findFirst().orElse(null);
		return answerPage(model, survey, vendorId, existing, null, false);
	}

	@PostMapping("/surveys/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam UUID vendorId, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		SurveyView survey = surveys.get(id);
		boolean correcting = responses.mine(id).stream().anyMatch(r -> r.vendorId().equals(vendorId));
		try {
			Map<String, Integer> ratings = new LinkedHashMap<>();
			Map<String, Integer> importance = new LinkedHashMap<>();
			for (SurveyView.CriterionView criterion : survey.criteria()) {
				Integer rating = whole(form.get("rating." + criterion.key()), DomainRuleException.term("voice.criterion." + criterion.key()));
				Integer weight = whole(form.get("importance." + criterion.key()), DomainRuleException.term("voice.criterion." + criterion.key()));
				if (rating != null) {
					ratings.put(criterion.key(), rating);
				}
				if (weight != null) {
					importance.put(criterion.key(), weight);
				}
			}
			Integer nps = whole(form.get("nps"), DomainRuleException.term("voice.rule.recommendation"));
			if (nps == null) {
				throw DomainRuleException.rule("voice.rule.npsMissing");
			}
			if (nps < 0 || nps > 10) {
				throw DomainRuleException.rule("voice.rule.npsRange");
			}
			NewResponse answer = new NewResponse(vendorId, nps, ratings, importance, form.get("comment"), checked(form.get("signed")),
					checked(form.get("doNotQuote")));
			ResponseView saved = correcting ? responses.correct(id, answer) : responses.answer(id, answer);
			return answerPage(model, survey, vendorId, saved, null, true);
		}
		catch (DomainRuleException | ReportedProblem ex) {
			response.setStatus(ex instanceof ReportedProblem reported ? reported.status() : 422);
			return answerPage(model, survey, vendorId, null, rules.of(ex), false);
		}
	}

	private String answerPage(Model model, SurveyView survey, UUID vendorId, ResponseView answer, String problem,
			boolean saved) {
		SurveyView.Organisation vendor = survey.vendors().stream().filter(v -> v.id().equals(vendorId)).findFirst()
			.orElseThrow(() -> new NotFoundException("vendor in this survey", vendorId));
		model.addAttribute("survey", survey);
		model.addAttribute("vendor", vendor);
		model.addAttribute("answer", answer);
		model.addAttribute("problem", problem);
		model.addAttribute("saved", saved);
		model.addAttribute("minimum", results.minimum());
		return "voice/answer";
	}

	@GetMapping("/surveys/{id}/results")
	Object results(@PathVariable UUID id, @RequestParam(required = false) UUID vendorId,
			@RequestParam(required = false) String format, Model model) {
		SurveyView survey = surveys.get(id);
		SurveyResult result = results.results(id, vendorId);
		Optional<ExportFormat> export = ExportFormat.of(format);
		if (export.isPresent()) {
			ExportTable.Builder table = ExportTable.named("results-" + survey.title(), rules.get("voice.answer.criterion"),
					rules.get("home.analyst.rating"), rules.get("voice.export.ciLow"), rules.get("voice.export.ciHigh"),
					rules.get("voice.export.importance"), rules.get("voice.export.change"), rules.get("voice.export.significant"));
			for (SurveyResult.CriterionResult c : result.criteria()) {
				table.row(c.label(), c.suppressed() ? null : c.mean(), c.suppressed() ? null : c.ciLow(), c.suppressed() ? null : c.ciHigh(),
						c.importance(), c.change(), c.significant());
			}
			return TableExports.response(export.get(), table.build(), LocaleContextHolder.getLocale(), ZoneOffset.UTC);
		}
		model.addAttribute("survey", survey);
		model.addAttribute("result", result);
		List<Map<String, Object>> intervals = new ArrayList<>();
		result.criteria().stream().filter(c -> !c.suppressed()).forEach(c -> intervals.add(Map.of("label", c.label(),
				"low", c.ciLow(), "high", c.ciHigh(), "value", c.mean())));
		model.addAttribute("intervals", intervals);
		return "voice/results";
	}

	@GetMapping("/perception-gap")
	Object gap(@OwnVendor UUID vendorId, @RequestParam(required = false) UUID surveyId,
			@RequestParam(required = false) String format, Model model) {
		String page = gapPage(vendorId, model, surveyId, null, false);
		Optional<ExportFormat> export = ExportFormat.of(format);
		if (export.isEmpty() || model.getAttribute("survey") == null) {
			return page;
		}
		// The wave's gap per criterion: what the team believes beside what partners say.
		SurveyView survey = (SurveyView) model.getAttribute("survey");
		Locale locale = LocaleContextHolder.getLocale();
		ExportTable.Builder table = ExportTable.named("perception-gap-" + survey.title(), rules.get("voice.answer.criterion"),
				rules.get("voice.export.self"), rules.get("home.analyst.rating"), rules.get("voice.export.ciLow"),
				rules.get("voice.export.ciHigh"), rules.get("home.gap.gap"), rules.get("voice.export.significant"));
		for (PerceptionGap g : selfAssessments.gap(vendorId, survey.id())) {
			table.row(g.label(), g.self(), g.partners(), g.partnersLow(), g.partnersHigh(), g.gap(), g.significant());
		}
		return TableExports.response(export.get(), table.build(), locale, ZoneOffset.UTC);
	}

	@PostMapping("/perception-gap")
	String assess(@OwnVendor UUID vendorId, @RequestParam UUID surveyId, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		try {
			Map<String, Double> ratings = new LinkedHashMap<>();
			for (SurveyView.CriterionView criterion : surveys.get(surveyId).criteria()) {
				String value = form.get("self." + criterion.key());
				if (value != null && !value.isBlank()) {
					try {
						ratings.put(criterion.key(), Double.parseDouble(value.trim().replace(',', '.')));
					}
					catch (NumberFormatException ex) {
						throw DomainRuleException.rule("voice.rule.selfRatingNumber", DomainRuleException.term("voice.criterion." + criterion.key()));
					}
				}
			}
			selfAssessments.save(vendorId, new SelfAssessment(surveyId, ratings));
			return gapPage(vendorId, model, surveyId, null, true);
		}
		catch (DomainRuleException | AccessDeniedException ex) {
			response.setStatus(422);
			return gapPage(vendorId, model, surveyId, rules.of(ex), false);
		}
	}

	private String gapPage(UUID vendorId, Model model, UUID surveyId, String problem, boolean saved) {
		List<SurveyView> waves = surveys.list().stream()
			.filter(s -> s.vendors().stream().anyMatch(v -> v.id().equals(vendorId))).toList();
		SurveyView survey = surveyId != null ? surveys.get(surveyId)
				: waves.stream().filter(SurveyView::closed).findFirst().orElse(waves.isEmpty() ? null : waves.get(0));
		model.addAttribute("surveys", waves);
		model.addAttribute("survey", survey);
		model.addAttribute("problem", problem);
		model.addAttribute("saved", saved);
		List<VoiceTrends.WavePoint> trend = trends.of(vendorId);
		model.addAttribute("trend", trend);
		List<Map<String, Object>> trendChart = new ArrayList<>();
		trend.forEach(p -> {
			Map<String, Object> point = new HashMap<>();
			point.put("label", p.title());
			point.put("nps", p.nps());
			point.put("rating", p.rating());
			point.put("gap", p.gap());
			trendChart.add(point);
		});
		model.addAttribute("trendChart", trendChart);
		if (survey != null) {
			List<PerceptionGap> gaps = selfAssessments.gap(vendorId, survey.id());
			model.addAttribute("self", selfAssessments.get(vendorId, survey.id()));
			model.addAttribute("gaps", gaps);
			List<Map<String, Object>> dumbbells = new ArrayList<>();
			gaps.stream().filter(g -> g.partners() != null).forEach(g -> dumbbells.add(Map.of("label", g.label(),
					"low", Math.min(g.self(), g.partners()), "high", Math.max(g.self(), g.partners()), "self", g.self(),
					"value", g.partners(), "significant", g.significant())));
			model.addAttribute("dumbbells", dumbbells);
		}
		return "voice/gap";
	}

	private static LocalDate date(String value, String which) {
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw DomainRuleException.rule("voice.rule.date." + which, value);
		}
	}

	private static boolean checked(String box) {
		return "on".equals(box) || "true".equals(box);
	}

	private static Integer whole(String value, Object what) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw DomainRuleException.rule("voice.rule.notWhole", what, value);
		}
	}
}
