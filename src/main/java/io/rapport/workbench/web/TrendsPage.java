package io.rapport.workbench.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.rapport.common.Period;
import io.rapport.common.Quarter;
import io.rapport.common.web.OwnVendor;
import io.rapport.common.web.export.ExportFormat;
import io.rapport.common.web.export.ExportTable;
import io.rapport.common.web.export.TableExports;
import io.rapport.engagement.EngagementTrend;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.sales.Concentration;
import io.rapport.sales.SalesAnalytics;
import io.rapport.support.SupportFigures;
import io.rapport.support.SupportMetrics;
import io.rapport.voice.VoiceTrends;
import io.rapport.voice.VoiceTrends.WavePoint;

/**
 * The programme's history: PEI and VEI spread per quarter, NPS and rating per wave, the perception
 * gap across waves, concentration (Gini, top-20% share) per fiscal year, support times per quarter.
 * Each chart has its table, and each table exports with {@code ?format=csv|xlsx&series=...}.
 */
@Controller
class TrendsPage {

	static final String PAGE = "workbench/trends";

	/** Fiscal years of concentration shown: this one so far and the two before. */
	static final int YEARS = 3;

	/** The series a chart's data exports as. */
	enum Series {
		ENGAGEMENT, VOICE, CONCENTRATION, SUPPORT
	}

	/** Concentration of one fiscal year (the running one up to today). */
	record YearConcentration(int fiscalYear, Concentration concentration) {
	}

	/** Support response and resolution medians of one quarter, in hours; null where no case closed. */
	record SupportQuarter(String quarter, long cases, Double firstResponseHours, Double resolutionHours,
			Double firstResponseWithinTarget) {
	}

	private final VendorProgrammes programmes;

	private final HomeFigures figures;

	private final VoiceTrends voice;

	private final SalesAnalytics sales;

	private final SupportMetrics support;

	private final MessageSource messages;

	TrendsPage(VendorProgrammes programmes, HomeFigures figures, VoiceTrends voice, SalesAnalytics sales,
			SupportMetrics support, MessageSource messages) {
		this.programmes = programmes;
		this.figures = figures;
		this.voice = voice;
		this.sales = sales;
		this.support = support;
		this.messages = messages;
	}

	@GetMapping("/trends")
	Object trends(@OwnVendor UUID vendorId, @RequestParam(required = false) String format,
			@RequestParam(required = false) String series, Model model, Locale locale) {
		VendorProgramme programme = programmes.find(vendorId).orElseThrow();
		List<EngagementTrend> engagement = figures.trend(vendorId);
		List<WavePoint> waves = voice.of(vendorId);
		List<YearConcentration> years = concentration(programme);
		List<SupportQuarter> quarters = support(programme);
		Optional<ExportFormat> export = ExportFormat.of(format);
		if (export.isPresent()) {
			Series chosen = series(series);
			ExportTable table = switch (chosen) {
				case ENGAGEMENT -> engagementTable(engagement, locale);
				case VOICE -> voiceTable(waves, locale);
				case CONCENTRATION -> concentrationTable(years, locale);
				case SUPPORT -> supportTable(quarters, locale);
			};
			return TableExports.response(export.get(), table, locale, programme.timeZone());
		}
		model.addAttribute("programme", programme);
		model.addAttribute("engagement", engagement);
		model.addAttribute("waves", waves);
		model.addAttribute("years", years);
		model.addAttribute("supportQuarters", quarters);
		return PAGE;
	}

	/** A series the request names; an unknown one exports the engagement. */
	private static Series series(String raw) {
		for (Series s : Series.values()) {
			if (s.name().equalsIgnoreCase(raw == null ? "" : raw.strip())) {
				return s;
			}
		}
		return Series.ENGAGEMENT;
	}

	private List<YearConcentration> concentration(VendorProgramme programme) {
		LocalDate today = figures.today(programme);
		Quarter current = programme.calendar().quarterOf(today);
		List<YearConcentration> years = new ArrayList<>();
		for (int back = YEARS - 1; back >= 0; back--) {
			int year = current.fiscalYear() - back;
			LocalDate start = new Quarter(year, 1).startIn(programme.calendar());
			LocalDate end = new Quarter(year, 4).endIn(programme.calendar());
			Concentration c = sales.concentration(programme.vendorId(), new Period(start, end.isAfter(today) ? today : end));
			if (c.partnerships() > 0) {
				years.add(new YearConcentration(year, c));
			}
		}
		return years;
	}

	private List<SupportQuarter> support(VendorProgramme programme) {
		Quarter last = figures.quarter(programme);
		Quarter first = last;
		for (int i = 1; i < HomeFigures.TREND_QUARTERS; i++) {
			first = first.previous();
		}
		LocalDate today = figures.today(programme);
		List<SupportQuarter> quarters = new ArrayList<>();
		for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
			LocalDate end = q.endIn(programme.calendar());
			SupportFigures total = support.of(programme.vendorId(), q.startIn(programme.calendar()), end.isAfter(today) ? today : end)
				.total();
			quarters.add(new SupportQuarter(q.toString(), total.cases(), hours(total.firstResponseMedianMinutes()),
					hours(total.resolutionMedianMinutes()), total.firstResponseWithinTarget()));
		}
		return quarters;
	}

	private static Double hours(Double minutes) {
		return minutes == null ? null : Math.round(minutes / 6.0) / 10.0;
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

	private ExportTable engagementTable(List<EngagementTrend> rows, Locale locale) {
		ExportTable.Builder table = ExportTable.named("engagement-trend", text("home.trend.quarter", locale),
				text("home.trend.channelVei", locale), text("trends.column.peiMin", locale), text("trends.column.peiQ1", locale),
				text("home.trend.peiMedian", locale), text("trends.column.peiQ3", locale), text("trends.column.peiMax", locale),
				text("trends.column.veiMin", locale), text("trends.column.veiQ1", locale), text("home.trend.veiMedian", locale),
				text("trends.column.veiQ3", locale), text("trends.column.veiMax", locale), text("trends.column.partnerships", locale));
		for (EngagementTrend t : rows) {
			table.row(t.quarter(), t.channelVei(), t.pei().min(), t.pei().lowerQuartile(), t.pei().median(), t.pei().upperQuartile(),
					t.pei().max(), t.vei().min(), t.vei().lowerQuartile(), t.vei().median(), t.vei().upperQuartile(), t.vei().max(),
					t.partnerships());
		}
		return table.build();
	}

	private ExportTable voiceTable(List<WavePoint> rows, Locale locale) {
		ExportTable.Builder table = ExportTable.named("voice-trend", text("home.gap.wave", locale), text("trends.column.closed", locale),
				text("trends.column.respondents", locale), text("trends.column.nps", locale), text("home.gap.rating", locale),
				text("home.gap.gap", locale));
		for (WavePoint w : rows) {
			table.row(w.title(), w.closedOn(), w.respondents(), w.nps(), w.rating(), w.gap());
		}
		return table.build();
	}

	private ExportTable concentrationTable(List<YearConcentration> rows, Locale locale) {
		ExportTable.Builder table = ExportTable.named("concentration", text("trends.column.fiscalYear", locale),
				text("trends.column.partnerships", locale), text("trends.column.revenue", locale),
				text("trends.column.currency", locale), text("sales.gini", locale), text("sales.top20", locale));
		for (YearConcentration y : rows) {
			Concentration c = y.concentration();
			table.row(y.fiscalYear(), c.partnerships(), c.revenue().amount(), c.revenue().currency(), c.gini(), c.top20Share());
		}
		return table.build();
	}

	private ExportTable supportTable(List<SupportQuarter> rows, Locale locale) {
		ExportTable.Builder table = ExportTable.named("support-trend", text("home.trend.quarter", locale),
				text("trends.column.cases", locale), text("trends.column.firstResponse", locale),
				text("trends.column.resolution", locale), text("trends.column.withinTarget", locale));
		for (SupportQuarter q : rows) {
			table.row(q.quarter(), q.cases(), q.firstResponseHours(), q.resolutionHours(), q.firstResponseWithinTarget());
		}
		return table.build();
	}
}
