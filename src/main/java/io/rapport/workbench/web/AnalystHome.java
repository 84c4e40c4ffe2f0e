package io.rapport.workbench.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.rapport.common.tenancy.Caller;
import io.rapport.organizations.OrganizationDirectory;
import io.rapport.voice.ReportCards;
import io.rapport.voice.SurveyView;
import io.rapport.voice.Surveys;
import io.rapport.voice.VendorStanding;

/**
 * The analyst's home: the vendors' standings in the hub's latest closed wave, each place a range
 * where intervals overlap (ties, not a strict order), the ratings across the hub's waves, and the
 * vendors with their programmes' size.
 */
@Component
class AnalystHome {

	static final String PAGE = "workbench/home-analyst";

	/** Waves the trend spans, the latest last. */
	static final int WAVES = 6;

	private final OrganizationDirectory organizations;

	private final Surveys surveys;

	private final ReportCards cards;

	AnalystHome(OrganizationDirectory organizations, Surveys surveys, ReportCards cards) {
		this.organizations = organizations;
		this.surveys = surveys;
		this.cards = cards;
	}

	/** One vendor's overall rating in each wave (null where suppressed or absent), in the waves' order. */
	record VendorTrend(String vendorName, List<Double> ratings) {
	}

	String show(Caller caller, Model model) {
		List<SurveyView> waves = surveys.list().stream()
			.filter(s -> s.closed() && s.runBy() != null && caller.organizationId().equals(s.runBy().id()))
			.sorted(Comparator.comparing(SurveyView::closesOn).thenComparing(SurveyView::title)).toList();
		if (waves.size() > WAVES) {
			waves = waves.subList(waves.size() - WAVES, waves.size());
		}
		Map<UUID, String> names = new LinkedHashMap<>();
		Map<UUID, Double[]> ratings = new LinkedHashMap<>();
		List<VendorStanding> latest = List.of();
		for (int i = 0; i < waves.size(); i++) {
			List<VendorStanding> standings = cards.standings(waves.get(i).id());
			for (VendorStanding s : standings) {
				names.putIfAbsent(s.vendorId(), s.vendorName());
				Double[] row = ratings.computeIfAbsent(s.vendorId(), id -> new Double[WAVES]);
				row[i] = s.overall() == null || s.overall().suppressed() ? null : s.overall().value();
			}
			latest = standings;
		}
		List<VendorTrend> trends = new ArrayList<>();
		int count = waves.size();
		ratings.forEach((id, row) -> trends.add(new VendorTrend(names.get(id), Arrays.asList(row).subList(0, count))));
		model.addAttribute("latestWave", waves.isEmpty() ? null : waves.get(waves.size() - 1));
		model.addAttribute("standings", latest);
		model.addAttribute("waves", waves.stream().map(SurveyView::title).toList());
		model.addAttribute("vendorTrends", trends);
		model.addAttribute("wavesData", Map.of("waves", waves.stream().map(SurveyView::title).toList(), "vendors", trends));
		model.addAttribute("vendors", organizations.vendorSummaries());
		return PAGE;
	}
}
