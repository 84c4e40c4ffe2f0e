package io.rapport.voice.web;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.export.ExportFormat;
import io.rapport.common.web.export.ExportTable;
import io.rapport.common.web.export.TableExports;
import io.rapport.voice.ReportCards;
import io.rapport.voice.SurveyView;
import io.rapport.voice.Surveys;
import io.rapport.voice.VendorStanding;
/** The partner's report card of its vendors, and the hub's standings of a wave's vendors. */
@Controller
class ReportCardPages {

	private final ReportCards reportCards;

	private final Surveys surveys;

	private final MessageSource messages;

	ReportCardPages(ReportCards reportCards, Surveys surveys, MessageSource messages) {
		this.messages = messages;
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
	Object standings(@PathVariable UUID id, @RequestParam(required = false) String format, Model model) {
		List<VendorStanding> standings = reportCards.standings(id);
		SurveyView survey = surveys.get(id);
		Optional<ExportFormat> export = ExportFormat.of(format);
		if (export.isPresent()) {
			Locale locale = LocaleContextHolder.getLocale();
			ExportTable.Builder table = ExportTable.named("standings-" + survey.title(), text("home.analyst.place", locale),
					text("home.analyst.vendor", locale), text("trends.column.respondents", locale), text("home.analyst.rating", locale),
					text("voice.export.ciLow", locale), text("voice.export.ciHigh", locale), text("trends.column.nps", locale),
					text("voice.export.change", locale), text("voice.export.tiedWith", locale));
			for (VendorStanding s : standings) {
				boolean shown = s.overall() != null && !s.overall().suppressed();
				String place = s.placeFrom() == null ? null
						: s.placeFrom().equals(s.placeTo()) ? String.valueOf(s.placeFrom()) : s.placeFrom() + "–" + s.placeTo();
				table.row(place, s.vendorName(), s.respondents(), shown ? s.overall().value() : null, shown ? s.overall().ciLow() : null,
						shown ? s.overall().ciHigh() : null, s.nps() == null || s.nps().suppressed() ? null : s.nps().score(), s.change(),
						String.join(", ", s.tiedWith()));
			}
			return TableExports.response(export.get(), table.build(), locale, ZoneOffset.UTC);
		}
		model.addAttribute("survey", survey);
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

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

	private static double low(VendorStanding s) {
		return s.overall().ciLow() != null ? s.overall().ciLow() : s.overall().value();
	}

	private static double high(VendorStanding s) {
		return s.overall().ciHigh() != null ? s.overall().ciHigh() : s.overall().value();
	}
}
