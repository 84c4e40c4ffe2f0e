package io.rapport.demo.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
import io.rapport.organizations.PartnershipQueries;
import io.rapport.support.SupportImports;

/**
 * Two years of partners' escalations, mostly by phone. The vendors engaged with their channel
 * answer within the hour and solve most phone cases on the first call; the dominant vendor takes
 * most of a working day to answer, rarely solves anything on the first call and leaves a backlog.
 * Written as each vendor's helpdesk export and imported through the real import.
 */
@Component
class SupportStep implements DemoStep {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final SupportImports imports;

	private final PartnershipQueries partnerships;

	SupportStep(SupportImports imports, PartnershipQueries partnerships) {
		this.imports = imports;
		this.partnerships = partnerships;
	}

	@Override
	public int order() {
		return 30;
	}

	/** Cases a partnership escalates a year: the story's partners call a few times; the benchmark scale needs fewer. */
	private static double casesPerYear(DemoScale scale) {
		return scale == DemoScale.L ? 0.2 : scale == DemoScale.M ? 1 : 3;
	}

	@Override
	public void generate(DemoContext context) {
		SplittableRandom random = context.random("support");
		ZoneId zone = ZoneId.of("Europe/Warsaw");
		ZonedDateTime now = ZonedDateTime.now(zone);
		LocalDate start = context.today().minusYears(2);
		for (DemoVendor vendor : context.vendors()) {
			Map<UUID, String> taxIds = new HashMap<>();
			partnerships.register(vendor.id()).forEach(e -> taxIds.put(e.partnershipId(), e.partnerTaxId()));
			List<DemoPartnership> own = context.partnerships().stream().filter(p -> p.vendorId().equals(vendor.id())).toList();
			boolean slow = vendor.profile() == VendorProfile.DOMINANT_SPORADIC;
			int[] number = { 0 };
			Path file = DemoFiles.write("support", out -> {
				out.write("external_id,partner_tax_id,channel,severity,subject,opened_at,first_response_at,resolved_at,"
						+ "resolved_on_first_call\n");
				for (DemoPartnership partnership : own) {
					LocalDate from = partnership.since().isAfter(start) ? partnership.since() : start;
					LocalDate to = partnership.endedOn() == null ? context.today() : partnership.endedOn();
					if (!from.isBefore(to)) {
						continue;
					}
					double years = (to.toEpochDay() - from.toEpochDay()) / 365.0;
					int cases = Draws.poisson(casesPerYear(context.scale()) * years * Math.min(3, partnership.size()), random);
					for (int i = 0; i < cases; i++) {
						ZonedDateTime opened = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay())))
							.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(zone);
						if (opened.isAfter(now.minusMinutes(30))) {
							continue;
						}
						out.write(row(vendor.slug() + "-S" + (++number[0]), taxIds.get(partnership.id()), opened, now, slow, random));
					}
				}
			});
			Caller chief = new Caller(vendor.chiefId(), "chief@" + vendor.slug() + ".example", "chief", vendor.id(),
					Set.of(Role.VENDOR_ADMIN));
			RunAs.caller(chief, () -> imports.importFile(file, false));
			DemoFiles.delete(file);
		}
	}

	private static String row(String id, String taxId, ZonedDateTime opened, ZonedDateTime now, boolean slow,
			SplittableRandom random) {
		double r = random.nextDouble();
		String channel = r < 0.55 ? "PHONE" : r < 0.75 ? "EMAIL" : r < 0.9 ? "PORTAL" : "CHAT";
		double s = random.nextDouble();
		String severity = s < 0.05 ? "CRITICAL" : s < 0.25 ? "HIGH" : s < 0.8 ? "NORMAL" : "LOW";
		double urgency = switch (severity) {
			case "CRITICAL" -> 0.3;
			case "HIGH" -> 0.6;
			case "NORMAL" -> 1;
			default -> 1.8;
		};
		// Log-normal waits: the engaged answer in about 40 minutes, the dominant vendor in about nine hours.
		double responseMinutes = (slow ? 540 : 40) * urgency * Math.exp(0.8 * random.nextGaussian());
		ZonedDateTime response = opened.plusMinutes(Math.max(1, Math.round(responseMinutes)));
		boolean firstCall = "PHONE".equals(channel) && random.nextDouble() < (slow ? 0.25 : 0.65);
		double fixMinutes = (slow ? 2_400 : 600) * urgency * Math.exp(0.9 * random.nextGaussian());
		ZonedDateTime resolved = firstCall ? response : response.plusMinutes(Math.max(5, Math.round(fixMinutes)));
		// Some cases are still open: the recent ones, and at the dominant vendor some that were forgotten.
		boolean forgotten = slow && random.nextDouble() < 0.04;
		String first = response.isAfter(now) ? "" : response.format(MINUTES);
		String closed = resolved.isAfter(now) || forgotten ? "" : resolved.format(MINUTES);
		return String.join(",", id, taxId, channel, severity, "Zgłoszenie klienta " + id, opened.format(MINUTES), first, closed,
				"PHONE".equals(channel) && !closed.isEmpty() ? (firstCall ? "tak" : "nie") : "") + "\n";
	}
}
