package io.rapport.workbench.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.rapport.common.tenancy.Caller;
import io.rapport.engagement.EngagementQueries;
import io.rapport.engagement.IndicatorView;
import io.rapport.engagement.PartnershipEngagement;
import io.rapport.organizations.PartnershipCriteria;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipView;
import io.rapport.support.SupportCaseView;
import io.rapport.support.SupportCases;
import io.rapport.voice.PartnerReportCard;
import io.rapport.voice.ReportCards;
import io.rapport.voice.ResponseView;
import io.rapport.voice.Responses;
import io.rapport.voice.SurveyView;
import io.rapport.voice.Surveys;

/**
 * The partner's home: its vendors side by side — "which vendors take us seriously". Each vendor's
 * VEI toward the partner with its trend and what weighs most in it, the report card's verdict,
 * and what is open: surveys to answer, its support cases.
 */
@Component
class PartnerHome {

	static final String PAGE = "workbench/home-partner";

	/** Indicators named under a vendor's VEI: the ones that weigh most in it. */
	static final int BEHIND = 3;

	private final PartnershipQueries partnerships;

	private final ReportCards cards;

	private final EngagementQueries engagement;

	private final Surveys surveys;

	private final Responses responses;

	private final SupportCases cases;

	PartnerHome(PartnershipQueries partnerships, ReportCards cards, EngagementQueries engagement, Surveys surveys,
			Responses responses, SupportCases cases) {
		this.partnerships = partnerships;
		this.cards = cards;
		this.engagement = engagement;
		this.surveys = surveys;
		this.responses = responses;
		this.cases = cases;
	}

	/**
	 * One vendor beside the others.
	 *
	 * @param card the report card; null for a partnership that has ended
	 * @param trend the VEI toward the partner quarter by quarter, oldest first
	 * @param behind what weighs most in the VEI now
	 */
	record VendorCard(PartnershipView partnership, PartnerReportCard card, List<Double> trend, Double change,
			List<IndicatorView> behind) {
	}

	/** A wave open for a vendor the partner has not answered about yet. */
	record SurveyToAnswer(SurveyView survey, SurveyView.Organisation vendor) {
	}

	String show(Caller caller, Model model) {
		List<PartnershipView> mine = partnerships
			.page(new PartnershipCriteria(null, null, null, 0, PartnershipCriteria.MAX_PAGE_SIZE, "vendor")).content();
		Map<UUID, PartnerReportCard> byPartnership = cards.mine().stream()
			.collect(Collectors.toMap(PartnerReportCard::partnershipId, Function.identity(), (a, b) -> a));
		List<VendorCard> vendors = new ArrayList<>();
		for (PartnershipView p : mine) {
			PartnerReportCard card = byPartnership.get(p.id());
			List<PartnershipEngagement> history = card == null ? List.of() : engagement.history(p.id());
			List<Double> trend = history.stream().map(h -> h.vei().score()).toList();
			Double change = trend.size() < 2 ? null : trend.get(trend.size() - 1) - trend.get(trend.size() - 2);
			List<IndicatorView> behind = history.isEmpty() ? List.of()
					: history.get(history.size() - 1).vei().indicators().stream()
						.sorted(Comparator.comparingDouble(IndicatorView::contribution).reversed()).limit(BEHIND).toList();
			vendors.add(new VendorCard(p, card, trend, change, behind));
		}
		vendors.sort(Comparator.comparing((VendorCard v) -> v.card() == null ? -1 : v.card().vei()).reversed());
		Set<UUID> active = byPartnership.values().stream().map(PartnerReportCard::vendorId).collect(Collectors.toSet());
		List<SurveyToAnswer> toAnswer = new ArrayList<>();
		for (SurveyView survey : surveys.list()) {
			if (!survey.open()) {
				continue;
			}
			Set<UUID> answered = responses.mine(survey.id()).stream().map(ResponseView::vendorId).collect(Collectors.toSet());
			survey.vendors().stream().filter(v -> active.contains(v.id()) && !answered.contains(v.id()))
				.forEach(v -> toAnswer.add(new SurveyToAnswer(survey, v)));
		}
		List<SupportCaseView> open = cases.list("OPEN", 50);
		model.addAttribute("vendors", vendors);
		model.addAttribute("trends", vendors.stream().map(v -> Map.of("id", v.partnership().id(), "trend", v.trend())).toList());
		model.addAttribute("toAnswer", toAnswer);
		model.addAttribute("openCases", open);
		model.addAttribute("organizationId", caller.organizationId());
		return PAGE;
	}
}
