package io.rapport.workbench.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.rapport.common.Quarter;
import io.rapport.common.tenancy.Caller;
import io.rapport.engagement.EngagementQueries;
import io.rapport.engagement.PartnershipEngagement;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipStatus;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.touchpoints.PartnershipActivity;
import io.rapport.touchpoints.PartnershipContacts.ContactDates;
import io.rapport.touchpoints.TouchpointActivity;

/**
 * A CAM's home, "my partners": the partnerships they look after with PEI and VEI against last
 * quarter, the last and the next contact, their open alerts, the top-tier partners not met this
 * quarter, and their partners' overdue cases.
 */
@Component
class CamHome {

	static final String PAGE = "workbench/home-cam";

	private final VendorProgrammes programmes;

	private final HomeFigures figures;

	private final EngagementQueries engagement;

	private final TouchpointActivity activity;

	CamHome(VendorProgrammes programmes, HomeFigures figures, EngagementQueries engagement, TouchpointActivity activity) {
		this.programmes = programmes;
		this.figures = figures;
		this.engagement = engagement;
		this.activity = activity;
	}

	/**
	 * One of the CAM's partnerships.
	 *
	 * @param now this quarter's engagement; null before it is computed
	 * @param before last quarter's; null for a partnership that had none
	 */
	record MyPartner(PartnershipEntry partnership, PartnershipEngagement now, PartnershipEngagement before,
			ContactDates contact, long openAlerts) {

		public Double peiChange() {
			return now == null || before == null ? null : now.pei().score() - before.pei().score();
		}

		public Double veiChange() {
			return now == null || before == null ? null : now.vei().score() - before.vei().score();
		}
	}

	String show(Caller caller, Model model) {
		UUID vendorId = caller.organizationId();
		VendorProgramme programme = programmes.find(vendorId).orElseThrow();
		Quarter quarter = figures.quarter(programme);
		List<PartnershipEntry> mine = figures.register(vendorId).stream()
			.filter(p -> p.status() == PartnershipStatus.ACTIVE && caller.userId().equals(p.channelManagerId()))
			.sorted(Comparator.comparing(PartnershipEntry::tierRank).reversed().thenComparing(PartnershipEntry::partnerName))
			.toList();
		Set<UUID> ids = mine.stream().map(PartnershipEntry::partnershipId).collect(Collectors.toSet());
		Map<UUID, PartnershipEngagement> now = byPartnership(engagement.ofVendor(vendorId, quarter.toString(), "pei"));
		Map<UUID, PartnershipEngagement> before = byPartnership(
				engagement.ofVendor(vendorId, quarter.previous().toString(), "pei"));
		Map<UUID, ContactDates> contacts = figures.contacts(vendorId);
		var alerts = figures.liveAlerts(vendorId, caller.userId());
		Map<UUID, Long> alertCounts = alerts.stream()
			.collect(Collectors.groupingBy(a -> a.partnershipId(), Collectors.counting()));
		List<MyPartner> partners = mine.stream()
			.map(p -> new MyPartner(p, now.get(p.partnershipId()), before.get(p.partnershipId()), contacts.get(p.partnershipId()),
					alertCounts.getOrDefault(p.partnershipId(), 0L)))
			.toList();
		LocalDate today = figures.today(programme);
		LocalDate quarterStart = quarter.startIn(programme.calendar());
		Map<UUID, PartnershipActivity> met = activity.asOf(vendorId, programme.timeZone(), quarterStart, quarterStart, quarterStart,
				today);
		int topRank = programme.topTier().rank();
		List<PartnershipEntry> notMet = mine.stream()
			.filter(p -> p.tierRank() == topRank)
			.filter(p -> met.get(p.partnershipId()) == null || met.get(p.partnershipId()).lastDirectContact() == null)
			.toList();
		model.addAttribute("programme", programme);
		model.addAttribute("quarter", quarter.toString());
		model.addAttribute("partners", partners);
		model.addAttribute("alerts", alerts);
		model.addAttribute("notMet", notMet);
		model.addAttribute("topTier", programme.topTier().name());
		model.addAttribute("overdue", figures.overdueCases(line -> ids.contains(line.c().partnershipId())));
		model.addAttribute("quiet", figures.quiet(programme, mine));
		model.addAttribute("zone", programme.timeZone());
		return PAGE;
	}

	private static Map<UUID, PartnershipEngagement> byPartnership(List<PartnershipEngagement> rows) {
		return rows.stream().collect(Collectors.toMap(PartnershipEngagement::partnershipId, Function.identity(), (a, b) -> a));
	}
}
