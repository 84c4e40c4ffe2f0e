package io.rapport.voice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.voice.ReportCards;
import io.rapport.voice.Surveys;
import io.rapport.voice.VendorStanding;
/** The partner's report card of its vendors, and the hub's standings of a wave's vendors. */
@Controller
class ReportCardPages {

	private final ReportCards reportCards;

	private final Surveys surveys;

	ReportCardPages(ReportCards reportCards, Surveys surveys) {
		this.reportCards = reportCards;
		this.surveys = surveys;
	}

	@GetMapping("/report-card")
	String mine(Model model) {
		if (!CurrentCaller.get().isPartnerUser()) {
			throw new NotFoundException("page", "report card");
		}
		model.addAttribute("cards", reportCards.mine());
		model.addAttribute("rule", reportCards.rule());
		return "voice/report-card";
	}

	@GetMapping("/surveys/{id}/standings")
	String standings(@PathVariable UUID id, Model model) {
		List<VendorStanding> standings = reportCards.standings(id);
		model.addAttribute("survey", surveys.get(id));
		model.addAttribute("standings", standings);
		List<Map<String, Object>> matrix = new ArrayList<>();
		standings.stream().filter(s -> s.quadrant() != null).forEach(s -> matrix.add(Map.of("name", s.vendorName(),
				"level", s.overall().value(), "change", s.change(), "quadrant", s.quadrant())));
		model.addAttribute("matrix", matrix);
		List<Map<String, Object>> intervals = new ArrayList<>();
		standings.stream().filter(s -> !s.overall().suppressed()).forEach(s -> intervals.add(Map.of("label", s.vendorName(),
				"low", low(s), "high", high(s), "value", s.overall().value())));
		model.addAttribute("intervals", intervals);
		return "voice/standings";
	}

	private static double low(VendorStanding s) {
		return s.overall().ciLow() != null ? s.overall().ciLow() : s.overall().value();
	}

	private static double high(VendorStanding s) {
		return s.overall().ciHigh() != null ? s.overall().ciHigh() : s.overall().value();
	}
}
