package io.rapport.workbench.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.rapport.common.tenancy.Caller;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.ProgrammeOverview;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.signals.AlertView;

/**
 * The channel chief's home: the programme at a glance. Revenue against last year, the engagement
 * trend, alerts with what is at stake, overdue cases, the open wave, partnerships gone quiet and
 * the norms behind this quarter; every tile links to the list behind it.
 */
@Component
class ChiefHome {

	static final String PAGE = "workbench/home-chief";

	/** Rows a tile lists before it links to the whole list. */
	static final int TILE_ROWS = 5;

	private final PartnershipQueries partnerships;

	private final VendorProgrammes programmes;

	private final HomeFigures figures;

	ChiefHome(PartnershipQueries partnerships, VendorProgrammes programmes, HomeFigures figures) {
		this.partnerships = partnerships;
		this.programmes = programmes;
		this.figures = figures;
	}

	String show(Caller caller, Model model) {
		UUID vendorId = caller.organizationId();
		VendorProgramme programme = programmes.find(vendorId).orElseThrow();
		ProgrammeOverview overview = partnerships.overview(vendorId);
		model.addAttribute("overview", overview);
		model.addAttribute("programme", programme);
		model.addAttribute("revenue", figures.revenue(programme));
		model.addAttribute("trend", figures.trend(vendorId));
		List<AlertView> live = figures.liveAlerts(vendorId, null);
		model.addAttribute("alertCount", live.size());
		model.addAttribute("bySeverity", figures.bySeverity(live));
		model.addAttribute("atStake", figures.mostAtStake(live, TILE_ROWS));
		model.addAttribute("overdue", figures.overdueCases(line -> true));
		model.addAttribute("wave", figures.openWave(vendorId, overview.active()).orElse(null));
		model.addAttribute("quiet", figures.quiet(programme, figures.register(vendorId)));
		model.addAttribute("normsBehind", figures.normsBehind(programme));
		model.addAttribute("quarter", figures.quarter(programme).toString());
		model.addAttribute("tileRows", TILE_ROWS);
		return PAGE;
	}
}
