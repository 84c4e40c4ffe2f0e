package io.rapport.sales.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.rapport.common.Money;
import io.rapport.common.Period;
import io.rapport.common.imports.ImportKind;
import io.rapport.common.web.OwnVendor;
import io.rapport.common.web.PageImports;
import io.rapport.common.web.export.ExportFormat;
import io.rapport.common.web.export.ExportTable;
import io.rapport.common.web.export.TableExports;
import io.rapport.organizations.VendorProgramme;
import io.rapport.sales.Concentration;
import io.rapport.sales.PartnershipSales;
import io.rapport.sales.QuarterSales;
import io.rapport.sales.SalesAnalytics;
import io.rapport.sales.SalesCategory;
import io.rapport.sales.SalesImports;
import io.rapport.sales.SalesKpis;

/** The vendor's sales dashboard, the import page and a partnership's sales tab. */
@Controller
class SalesPages {

	static final String DASHBOARD = "sales/dashboard";

	static final String KPIS = "sales/dashboard :: kpis";

	static final String IMPORT = "sales/import";

	static final String PARTNERSHIP_TAB = "sales/partnership :: tab";

	/** Chart labels the dashboard's script needs, in the page's language. */
	private static final java.util.List<String> LABELS = java.util.List.of("revenue", "deals", "PRODUCT", "SOLUTION",
			"SERVICE", "partnerShare", "revenueShare", "lorenz", "equality", "cumulativeShare");

	private final SalesAnalytics analytics;

	private final SalesImports imports;

	private final org.springframework.context.MessageSource messages;

	private final PageImports uploads;

	SalesPages(SalesAnalytics analytics, SalesImports imports, org.springframework.context.MessageSource messages,
			PageImports uploads) {
		this.uploads = uploads;
		this.analytics = analytics;
		this.imports = imports;
		this.messages = messages;
	}

	/** The charts whose data the dashboard exports ({@code ?format=csv&series=quarters}). */
	enum Series {
		QUARTERS, TIERS, PARTNERSHIPS, LORENZ
	}

	@GetMapping("/sales")
	Object dashboard(@OwnVendor UUID vendorId, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "1") long minDeals, @RequestParam(required = false) BigDecimal minRevenue,
			@RequestParam(required = false) String format, @RequestParam(required = false) String series,
			@RequestHeader(name = "HX-Target", required = false) String htmxTarget, Model model) {
		VendorProgramme programme = analytics.programme(vendorId);
		Period period = analytics.period(programme, from, to);
		var kpis = analytics.kpis(vendorId, period, minDeals, minRevenue);
		Optional<ExportFormat> export = ExportFormat.of(format);
		if (export.isPresent()) {
			return TableExports.response(export.get(), exportTable(vendorId, period, kpis, series), LocaleContextHolder.getLocale(),
					programme.timeZone());
		}
		model.addAttribute("programme", programme);
		model.addAttribute("period", period);
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		model.addAttribute("minDeals", minDeals);
		model.addAttribute("minRevenue", minRevenue);
		model.addAttribute("kpis", kpis);
		if ("kpis".equals(htmxTarget)) {
			return KPIS;
		}
		var concentration = analytics.concentration(vendorId, period);
		var partnerships = analytics.byPartnership(vendorId, period);
		model.addAttribute("concentration", concentration);
		model.addAttribute("byQuarter", analytics.byQuarter(vendorId, period));
		model.addAttribute("byPartnership", partnerships);
		model.addAttribute("topPartnerships", partnerships.subList(0, Math.min(15, partnerships.size())));
		model.addAttribute("deciles", analytics.tiersByDecile(vendorId, period));
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
		LABELS.forEach(key -> labels.put(key, messages.getMessage("sales.chart." + key, null, locale)));
		model.addAttribute("chartLabels", labels);
		return DASHBOARD;
	}

	private ExportTable exportTable(UUID vendorId, Period period, SalesKpis kpis, String series) {
		Series chosen = Series.QUARTERS;
		for (Series s : Series.values()) {
			if (s.name().equalsIgnoreCase(series == null ? "" : series.strip())) {
				chosen = s;
			}
		}
		String suffix = "-" + period.from() + "-" + period.to();
		switch (chosen) {
			case TIERS -> {
				ExportTable.Builder table = ExportTable.named("sales-by-tier" + suffix, text("partnerships.column.tier"),
						text("home.vendor.partnerships"), text("sales.revenue"), text("trends.column.currency"), text("sales.deals"),
						text("sales.kpi.averageDeal"), text("sales.perPartnership"), text("sales.share"));
				for (SalesKpis.TierKpi t : kpis.byTier()) {
					table.row(t.tier(), t.partnerships(), t.revenue().amount(), t.revenue().currency(), t.deals(),
							t.averageDealValue().amount(), t.averageRevenuePerPartnership().amount(), t.revenueShare());
				}
				return table.build();
			}
			case PARTNERSHIPS -> {
				ExportTable.Builder table = ExportTable.named("sales-by-partnership" + suffix, text("partnerships.column.partner"),
						text("partnerships.column.tier"), text("sales.revenue"), text("trends.column.currency"), text("sales.deals"),
						text("sales.kpi.averageDeal"), text("sales.export.solutionsAndServices"));
				for (PartnershipSales p : analytics.byPartnership(vendorId, period)) {
					table.row(p.partnerName(), p.tier(), p.revenue().amount(), p.revenue().currency(), p.deals(),
							p.averageDealValue() == null ? null : p.averageDealValue().amount(), p.solutionAndServiceShare());
				}
				return table.build();
			}
			case LORENZ -> {
				ExportTable.Builder table = ExportTable.named("sales-lorenz" + suffix, text("sales.chart.partnerShare"),
						text("sales.chart.revenueShare"));
				for (Concentration.LorenzPoint point : analytics.concentration(vendorId, period).lorenz()) {
					table.row(point.partnerShare(), point.revenueShare());
				}
				return table.build();
			}
			default -> {
				ExportTable.Builder table = ExportTable.named("sales-by-quarter" + suffix, text("sales.quarter"), text("sales.revenue"),
						text("trends.column.currency"), text("sales.deals"), text("sales.chart.PRODUCT"), text("sales.chart.SOLUTION"),
						text("sales.chart.SERVICE"));
				for (QuarterSales q : analytics.byQuarter(vendorId, period)) {
					table.row(q.quarter(), q.revenue().amount(), q.revenue().currency(), q.deals(),
							amount(q.revenueByCategory().get(SalesCategory.PRODUCT)), amount(q.solutions()), amount(q.services()));
				}
				return table.build();
			}
		}
	}

	private static BigDecimal amount(Money money) {
		return money == null ? null : money.amount();
	}

	private String text(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

	@GetMapping("/sales/import")
	String importPage(@OwnVendor UUID vendorId, Model model) {
		model.addAttribute("recent", imports.recentImports(10));
		return IMPORT;
	}

	@PostMapping("/sales/import")
	String importFile(@OwnVendor UUID vendorId, @RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "SALES") String content,
			Model model, HttpServletResponse response) throws IOException {
		// The same page takes the exchange rates the sales lines are converted with.
		if ("EXCHANGE_RATES".equalsIgnoreCase(content.strip())) {
			return uploads.upload(file, ImportKind.EXCHANGE_RATES, dryRun, path -> imports.importExchangeRates(path, dryRun), model,
					response);
		}
		return uploads.upload(file, ImportKind.SALES, dryRun, path -> imports.importSales(path, file.getOriginalFilename(), dryRun),
				model, response);
	}

	@GetMapping("/partnerships/{id}/sales")
	String partnershipTab(@PathVariable UUID id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		model.addAttribute("partnershipId", id);
		model.addAttribute("quarters", analytics.partnershipByQuarter(id, from, to));
		model.addAttribute("lines", analytics.partnershipLines(id, from, to, 25));
		return PARTNERSHIP_TAB;
	}

}
