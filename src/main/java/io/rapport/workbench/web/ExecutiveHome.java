package io.rapport.workbench.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.rapport.common.Quarter;
import io.rapport.common.tenancy.Caller;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.signals.AlertView;
import io.rapport.touchpoints.PartnershipContacts;
import io.rapport.voice.VoiceTrends;

/**
 * The vendor executive's home, read-only: the cascade. How often the CEO and executives reach
 * partners against the team, the channel VEI trend, the perception gap across waves, and the
 * partners at risk with the revenue at stake.
 */
@Component
class ExecutiveHome {

	static final String PAGE = "workbench/home-executive";

	/** Partners at risk listed, by revenue at stake. */
	static final int AT_RISK = 10;

	private final VendorProgrammes programmes;

	private final HomeFigures figures;

	private final PartnershipContacts contacts;

	private final VoiceTrends voice;

	ExecutiveHome(VendorProgrammes programmes, HomeFigures figures, PartnershipContacts contacts, VoiceTrends voice) {
		this.programmes = programmes;
		this.figures = figures;
		this.contacts = contacts;
		this.voice = voice;
	}

	String show(Caller caller, Model model) {
		UUID vendorId = caller.organizationId();
		VendorProgramme programme = programmes.find(vendorId).orElseThrow();
		Quarter last = figures.quarter(programme);
		Quarter first = last;
		for (int i = 1; i < HomeFigures.TREND_QUARTERS; i++) {
			first = first.previous();
		}
		List<AlertView> live = figures.liveAlerts(vendorId, null);
		model.addAttribute("programme", programme);
		model.addAttribute("cascade", contacts.bySeniority(programme, first, last));
		model.addAttribute("trend", figures.trend(vendorId));
		model.addAttribute("waves", voice.of(vendorId));
		model.addAttribute("atRisk", figures.mostAtStake(live, AT_RISK));
		model.addAttribute("bySeverity", figures.bySeverity(live));
		model.addAttribute("revenue", figures.revenue(programme));
		return PAGE;
	}
}
