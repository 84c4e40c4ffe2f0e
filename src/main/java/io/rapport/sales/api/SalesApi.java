package io.rapport.sales.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.common.Period;
import io.rapport.organizations.VendorProgramme;
import io.rapport.sales.Concentration;
import io.rapport.sales.PartnershipSales;
import io.rapport.sales.QuarterSales;
import io.rapport.sales.SalesAnalytics;
import io.rapport.sales.SalesKpis;
import io.rapport.sales.SalesLineView;
import io.rapport.sales.TierDeciles;

/**
 * The vendor's transaction view. {@code from} and {@code to} are dates ({@code 2026-01-01}) or the
 * vendor's fiscal quarters ({@code 2026-Q1}); without them, the last four fiscal quarters.
 */
@RestController
@Tag(name = "Sales")
class SalesApi {

	private final SalesAnalytics analytics;

	SalesApi(SalesAnalytics analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/api/v1/vendors/{vendorId}/sales/by-partnership")
	@Operation(summary = "Every partnership active in the period with its revenue and deals, zeros included")
	List<PartnershipSales> byPartnership(@PathVariable UUID vendorId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return analytics.byPartnership(vendorId, period(vendorId, from, to));
	}

	@GetMapping("/api/v1/vendors/{vendorId}/sales/by-quarter")
	@Operation(summary = "Revenue and deals per fiscal quarter, in total and per category")
	List<QuarterSales> byQuarter(@PathVariable UUID vendorId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return analytics.byQuarter(vendorId, period(vendorId, from, to));
	}

	@GetMapping("/api/v1/vendors/{vendorId}/kpis")
	@Operation(summary = "Share of partnerships meeting deal and revenue thresholds, averages, tiers, category mix, growth")
	SalesKpis kpis(@PathVariable UUID vendorId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "1") long minDeals,
			@RequestParam(required = false) BigDecimal minRevenue) {
		return analytics.kpis(vendorId, period(vendorId, from, to), minDeals, minRevenue);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/concentration")
	@Operation(summary = "The 80/20 rule measured: Gini, top-20% share, HHI and the Lorenz curve")
	Concentration concentration(@PathVariable UUID vendorId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return analytics.concentration(vendorId, period(vendorId, from, to));
	}

	@GetMapping("/api/v1/vendors/{vendorId}/sales/tiers-by-decile")
	@Operation(summary = "Revenue deciles against tiers, and partnerships whose tier does not match what they sell")
	TierDeciles tiersByDecile(@PathVariable UUID vendorId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return analytics.tiersByDecile(vendorId, period(vendorId, from, to));
	}

	@GetMapping("/api/v1/partnerships/{id}/sales")
	@Operation(summary = "A partnership's sales per quarter and its latest lines (the vendor or the partner)")
	PartnershipSalesView partnershipSales(@PathVariable UUID id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "50") int lines) {
		return new PartnershipSalesView(analytics.partnershipByQuarter(id, from, to),
				analytics.partnershipLines(id, from, to, lines));
	}

	private Period period(UUID vendorId, String from, String to) {
		VendorProgramme programme = analytics.programme(vendorId);
		return analytics.period(programme, from, to);
	}

	record PartnershipSalesView(List<QuarterSales> quarters, List<SalesLineView> lines) {
	}
}
