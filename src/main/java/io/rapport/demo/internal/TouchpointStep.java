package io.rapport.demo.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.Role;
import io.rapport.demo.DemoContext;
import io.rapport.demo.DemoPartnership;
import io.rapport.demo.DemoScale;
import io.rapport.demo.DemoStep;
import io.rapport.demo.DemoVendor;
import io.rapport.demo.VendorProfile;
import io.rapport.demo.Drift;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.touchpoints.TouchpointImports;

/**
 * Two years of touchpoints following the three attitudes of the first column. The vendor engaged
 * at the top holds a free conference with the press, puts its CEO before the channel press every
 * quarter and meets its top partners every quarter; the engaged team does most of that without
 * the CEO; the dominant vendor holds a paid, invitation-only conference closed to journalists,
 * briefs the press once a year without its CEO and meets partners now and then. Partners differ
 * in how engaged they are, independently of how much they sell, so every quadrant has members.
 * Written as each vendor's export and imported through the real import.
 */
@Component
class TouchpointStep implements DemoStep {

	private final TouchpointImports imports;

	private final PartnershipQueries partnerships;

	TouchpointStep(TouchpointImports imports, PartnershipQueries partnerships) {
		this.imports = imports;
		this.partnerships = partnerships;
	}

	@Override
	public int order() {
		return 20;
	}

	/**
	 * Routine calls a CAM logs per partnership and quarter on top of the story's touchpoints: none
	 * in the story demo; at the benchmark scale about 20, which brings 100,000 partnerships over
	 * two years to about 20,000,000 touchpoints.
	 */
	private static double routineCalls(DemoScale scale) {
		return scale == DemoScale.L ? 20 : scale == DemoScale.M ? 5 : 0;
	}

	@Override
	public void generate(DemoContext context) {
		SplittableRandom random = context.random("touchpoints");
		SplittableRandom keep = context.random("touchpoints-drift");
		double calls = routineCalls(context.scale());
		LocalDate start = context.today().minusYears(2).withDayOfMonth(1);
		for (DemoVendor vendor : context.vendors()) {
			Map<UUID, String> taxIds = new HashMap<>();
			partnerships.register(vendor.id()).forEach(e -> taxIds.put(e.partnershipId(), e.partnerTaxId()));
			List<DemoPartnership> own = context.partnerships().stream().filter(p -> p.vendorId().equals(vendor.id())).toList();
			String prefix = vendor.slug().toUpperCase() + "-T";
			Path file = DemoFiles.write("touchpoints", out -> {
				Writer writer = new Writer(out, prefix);
				writer.write("external_id,type,occurred_at,title,partner_tax_id,seniority,direction,paid_for_partners,"
						+ "press_invited,answered,days_to_answer\n");
				channel(writer, vendor.profile(), own, taxIds, start, context.today(), random);
				for (DemoPartnership partnership : own) {
					partnership(writer, vendor.profile(), partnership, taxIds.get(partnership.id()), start, context.today(), random,
							calls, context.drifts().get(partnership.id()), keep);
				}
			});
			Caller chief = new Caller(vendor.chiefId(), "chief@" + vendor.slug() + ".example", "chief", vendor.id(),
					Set.of(Role.VENDOR_ADMIN));
			RunAs.caller(chief, () -> imports.importFile(file, false));
			DemoFiles.delete(file);
		}
	}

	private static void channel(Writer out, VendorProfile profile, List<DemoPartnership> own, Map<UUID, String> taxIds,
			LocalDate start, LocalDate today, SplittableRandom random) throws IOException {
		boolean dominant = profile == VendorProfile.DOMINANT_SPORADIC;
		for (LocalDate month = start; !month.isAfter(today); month = month.plusMonths(1)) {
			int monthOfYear = month.getMonthValue();
			if (monthOfYear == 5) {
				if (dominant) {
					// Invitation only: the top tier.
					List<String> invited = new ArrayList<>();
					for (DemoPartnership p : own) {
						if (p.tierRank() == 4 && active(p, month)) {
							invited.add(taxIds.get(p.id()));
						}
					}
					out.row("PARTNER_CONFERENCE", at(month, 14, 9, today), "Partner Summit (registration fee)",
							String.join("|", invited), "EXECUTIVE", "", "yes", "no", "", "");
				}
				else {
					out.row("PARTNER_CONFERENCE", at(month, 14, 9, today), "Konferencja Partnerska", "",
							profile == VendorProfile.ENGAGED_AT_THE_TOP ? "CEO" : "EXECUTIVE", "", "no", "yes", "", "");
				}
			}
			boolean quarterStart = monthOfYear % 3 == 1;
			if (quarterStart && (!dominant || monthOfYear == 1)) {
				String who = profile == VendorProfile.ENGAGED_AT_THE_TOP ? "CEO" : dominant ? "MANAGER"
						: random.nextDouble() < 0.5 ? "EXECUTIVE" : "MANAGER";
				out.row("PRESS_BRIEFING", at(month, 20, 11, today), "Briefing dla prasy kanałowej", "", who, "", "", "", "", "");
			}
			if (random.nextDouble() < (dominant ? 0.5 : 0.3)) {
				boolean answered = random.nextDouble() < (dominant ? 0.35 : 0.95);
				out.row("PRESS_INQUIRY", at(month, 1 + random.nextInt(25), 10, today), "Pytanie redakcji o program partnerski", "",
						profile == VendorProfile.ENGAGED_AT_THE_TOP ? "CEO" : "MANAGER", "", "", "", answered ? "yes" : "no",
						answered ? Integer.toString(1 + random.nextInt(dominant ? 20 : 4)) : "");
			}
			if (!dominant || random.nextDouble() < 0.35) {
				out.row("CHANNEL_MARKETING", at(month, 3 + random.nextInt(5), 8, today), "Newsletter dla partnerów", "", "STAFF",
						"", "", "", "", "");
			}
			if (random.nextDouble() < (dominant ? 0.04 : 0.25)) {
				out.row("INDEPENDENT_EVENT", at(month, 10 + random.nextInt(10), 9, today), "Forum integratorów", "", "MANAGER",
						"", "", "yes", "", "");
			}
			if (quarterStart && !dominant) {
				out.row("WEBINAR", at(month, 15, 10, today), "Nowości produktowe kwartału", "", "MANAGER", "", "", "", "", "");
			}
		}
	}

	private static void partnership(Writer out, VendorProfile profile, DemoPartnership partnership, String taxId,
			LocalDate start, LocalDate today, SplittableRandom random, double calls, Drift drift, SplittableRandom keep)
			throws IOException {
		boolean top = partnership.tierRank() == 4;
		// How engaged the partner is, apart from how much it sells.
		double engagement = Math.exp(random.nextGaussian() * 0.8) * (random.nextDouble() < 0.15 ? 0.15 : 1);
		double meetingRate = switch (profile) {
			case ENGAGED_AT_THE_TOP -> top ? 1.0 : 0.45;
			case ENGAGED_TEAM -> top ? 0.9 : 0.35;
			case DOMINANT_SPORADIC -> top ? 0.35 : 0.08;
		};
		for (LocalDate month = start; !month.isAfter(today); month = month.plusMonths(3)) {
			if (!active(partnership, month)) {
				continue;
			}
			if (random.nextDouble() < meetingRate) {
				row(out, partnership, drift, keep, top ? "KEY_PARTNER_MEETING" : "CAM_MEETING", at(month, 5 + random.nextInt(50), 10, today),
						top ? "Spotkanie kwartalne z partnerem" : "QBR", taxId, top ? "EXECUTIVE" : "MANAGER", "", "", "", "", "");
			}
			if (top && profile == VendorProfile.ENGAGED_AT_THE_TOP && random.nextDouble() < 0.5) {
				row(out, partnership, drift, keep, "EXECUTIVE_MEETING", at(month, 20 + random.nextInt(40), 15, today), "Spotkanie z prezesem", taxId, "CEO",
						"", "", "", "", "");
			}
			if (random.nextDouble() < (profile == VendorProfile.DOMINANT_SPORADIC ? 0.1 : 0.4) * (top ? 1.5 : 1)) {
				row(out, partnership, drift, keep, "PRODUCT_BRIEFING", at(month, 30 + random.nextInt(30), 13, today), "Prezentacja nowej linii produktów",
						taxId, "STAFF", "", "", "", "", "");
			}
			if (random.nextDouble() < 0.25 * engagement) {
				row(out, partnership, drift, keep, "TRAINING", at(month, random.nextInt(80), 9, today), "Szkolenie techniczne", taxId, "STAFF",
						"PARTNER_TO_VENDOR", "", "", "", "");
			}
			if (random.nextDouble() < 0.08 * engagement) {
				LocalDateTime earned = at(month, random.nextInt(80), 12, today);
				row(out, partnership, drift, keep, "CERTIFICATION", earned, "Certyfikat inżyniera", taxId, "",
						"PARTNER_TO_VENDOR", "", "", "", "");
				// A partner that stays renews its engineers' certificates before they run out after two years.
				LocalDateTime renewed = earned.plusWeeks(100);
				if (renewed.toLocalDate().isBefore(today)) {
					row(out, partnership, drift, keep, "CERTIFICATION", renewed, "Odnowienie certyfikatu", taxId, "",
							"PARTNER_TO_VENDOR", "", "", "", "");
				}
			}
			if (random.nextDouble() < 0.3 * engagement) {
				row(out, partnership, drift, keep, "CAM_MEETING", at(month, random.nextInt(80), 11, today), "Partner pyta o wsparcie przy projekcie", taxId,
						"MANAGER", "PARTNER_TO_VENDOR", "", "", "", "");
			}
			int routine = calls == 0 ? 0 : Draws.poisson(calls * Math.min(engagement, 3), random);
			for (int c = 0; c < routine; c++) {
				row(out, partnership, drift, keep, "CAM_MEETING", at(month, random.nextInt(88), 9 + random.nextInt(8), today),
						"Rozmowa telefoniczna", taxId, "STAFF", random.nextBoolean() ? "PARTNER_TO_VENDOR" : "MUTUAL", "", "", "", "");
			}
			if (random.nextDouble() < 0.12 * engagement) {
				row(out, partnership, drift, keep, "INDEPENDENT_EVENT", at(month, random.nextInt(80), 9, today), "Stoisko na targach z partnerem", taxId,
						"STAFF", "MUTUAL", "", "", "", "");
			}
		}
	}

	/** Writes a partnership's row unless it falls outside the partnership's life. */
	private static void row(Writer out, DemoPartnership partnership, Drift drift, SplittableRandom keep, String type, LocalDateTime at, String title,
			String partners, String seniority, String direction, String paid, String press, String answered, String days)
			throws IOException {
		LocalDate day = at.toLocalDate();
		if (day.isBefore(partnership.since()) || (partnership.endedOn() != null && day.isAfter(partnership.endedOn()))) {
			return;
		}
		if (drift != null && !drifting(drift, type, direction, day, keep)) {
			return;
		}
		out.row(type, at, title, partners, seniority, direction, paid, press, answered, days);
	}

	/**
	 * Whether a drifting partnership's touchpoint still happens: the partner comes to trainings and
	 * events and calls as much as it still sells; a neglected partner's CAM stopped meeting it first.
	 */
	private static boolean drifting(Drift drift, String type, String direction, LocalDate day, SplittableRandom keep) {
		boolean vendorSide = switch (type) {
			case "KEY_PARTNER_MEETING", "EXECUTIVE_MEETING", "PRODUCT_BRIEFING" -> true;
			case "CAM_MEETING" -> direction.isEmpty();
			default -> false;
		};
		return vendorSide ? drift.vendorInTouch(day) : keep.nextDouble() < drift.share(day);
	}

	private static boolean active(DemoPartnership partnership, LocalDate month) {
		return !partnership.since().isAfter(month.plusMonths(1))
				&& (partnership.endedOn() == null || partnership.endedOn().isAfter(month));
	}

	/** A moment some days into the month at the hour, never after today. */
	private static LocalDateTime at(LocalDate month, int days, int hour, LocalDate today) {
		LocalDate day = month.plusDays(days);
		return (day.isAfter(today.minusDays(1)) ? today.minusDays(1) : day).atTime(hour, 0);
	}

	/** Rows of the export, each with the next external id; fields quoted where they need it. */
	private static final class Writer {

		private final BufferedWriter out;

		private final String prefix;

		private int number;

		Writer(BufferedWriter out, String prefix) {
			this.out = out;
			this.prefix = prefix;
		}

		void write(String text) throws IOException {
			out.write(text);
		}

		void row(String type, LocalDateTime at, String title, String partners, String seniority, String direction,
				String paid, String press, String answered, String days) throws IOException {
			number++;
			out.write(prefix + String.format("%07d", number) + "," + type + "," + at.toLocalDate() + " "
					+ String.format("%02d:%02d", at.getHour(), at.getMinute()) + ",\"" + title + "\"," + partners + ","
					+ seniority + "," + direction + "," + paid + "," + press + "," + answered + "," + days + "\n");
		}
	}
}
