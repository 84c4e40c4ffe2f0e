package io.rapport.demo.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import org.springframework.stereotype.Component;

import io.rapport.common.FiscalCalendar;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.Role;
import io.rapport.demo.DemoContext;
import io.rapport.demo.DemoPartnership;
import io.rapport.demo.DemoScale;
import io.rapport.demo.DemoStep;
import io.rapport.demo.DemoVendor;
import io.rapport.demo.Drift;
import io.rapport.demo.DriftPath;
import io.rapport.demo.VendorProfile;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.sales.SalesImports;

/**
 * Two years of sales: heavy-tailed partner sizes (roughly 80/20, with top-tier partners selling
 * little and low-tier ones selling much), fiscal fourth-quarter peaks, resellers, integrators and
 * service providers with their own product/solution/service mix, and some EUR and USD deals.
 * Written as each vendor's export file and imported through the real import, as a chief would.
 */
@Component
class SalesStep implements DemoStep {

	/** Product, solution and service shares of a partner's deals, by the kind of business it is. */
	private static final double[][] MIXES = { { 0.80, 0.15, 0.05 }, { 0.40, 0.42, 0.18 }, { 0.22, 0.18, 0.60 } };

	private static final String[] CATEGORIES = { "PRODUCT", "SOLUTION", "SERVICE" };

	private final SalesImports imports;

	private final PartnershipQueries partnerships;

	private final VendorProgrammes programmes;

	SalesStep(SalesImports imports, PartnershipQueries partnerships, VendorProgrammes programmes) {
		this.imports = imports;
		this.partnerships = partnerships;
		this.programmes = programmes;
	}

	@Override
	public int order() {
		return 10;
	}

	/**
	 * Deals per month, relative to the story demo: the benchmark scale aims at about 100 lines per
	 * partnership over two years, 10,000,000 in all at 100,000 partnerships.
	 */
	private static double dealRate(DemoScale scale) {
		return scale == DemoScale.S ? 1.0 : 2.0;
	}

	@Override
	public void generate(DemoContext context) {
		SplittableRandom random = context.random("sales");
		// Drifting partners' deals are thinned with a stream of their own, so everyone else's stay as they were.
		SplittableRandom keep = context.random("sales-drift");
		Map<UUID, List<Drift>> shifts = shiftsByPartner(context);
		double rate = dealRate(context.scale());
		LocalDate start = context.today().minusYears(2).withDayOfMonth(1);
		for (DemoVendor vendor : context.vendors()) {
			Caller chief = new Caller(vendor.chiefId(), "chief@" + vendor.slug() + ".example", "chief", vendor.id(),
					Set.of(Role.VENDOR_ADMIN));
			FiscalCalendar calendar = programmes.find(vendor.id()).orElseThrow().calendar();
			Map<UUID, String> taxIds = new HashMap<>();
			partnerships.register(vendor.id()).forEach(e -> taxIds.put(e.partnershipId(), e.partnerTaxId()));
			Path rates = DemoFiles.write("rates", out -> rates(out, start, context.today(), random));
			Path sales = DemoFiles.write("sales", out -> {
				out.write("external_id,partner_tax_id,closed_on,amount,currency,category,description,end_customer\n");
				int number = 0;
				for (DemoPartnership partnership : context.partnerships()) {
					if (partnership.vendorId().equals(vendor.id())) {
						List<Drift> elsewhere = shifts.getOrDefault(partnership.partnerId(), List.of()).stream()
							.filter(d -> !d.partnershipId().equals(partnership.id())).toList();
						ToDoubleFunction<LocalDate> share = day -> context.share(partnership.id(), day) * gain(elsewhere, day);
						number = lines(out, vendor, partnership, taxIds.get(partnership.id()), calendar, start,
								context.today(), rate, random, number, share, keep);
					}
				}
			});
			RunAs.caller(chief, () -> imports.importExchangeRates(rates, false));
			RunAs.caller(chief, () -> imports.importSales(sales, "demo-sales-" + vendor.slug() + ".csv", false));
			DemoFiles.delete(rates);
			DemoFiles.delete(sales);
		}
	}

	private static void rates(BufferedWriter out, LocalDate start, LocalDate today, SplittableRandom random)
			throws IOException {
		out.write("currency,month,rate\n");
		for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
			out.write("EUR," + month + "," + rate(4.30, random) + "\n");
			out.write("USD," + month + "," + rate(3.95, random) + "\n");
		}
	}

	private static int lines(BufferedWriter out, DemoVendor vendor, DemoPartnership partnership, String taxId,
			FiscalCalendar calendar, LocalDate start, LocalDate today, double rate, SplittableRandom random, int number,
			ToDoubleFunction<LocalDate> share, SplittableRandom keep) throws IOException {
		double size = partnership.size() * exception(partnership, random);
		double[] mix = MIXES[Math.floorMod(partnership.partnerId().hashCode(), MIXES.length)];
		double dealSize = vendor.profile() == VendorProfile.DOMINANT_SPORADIC ? 2.4 : 1.0;
		LocalDate from = partnership.since().isAfter(start) ? partnership.since() : start;
		LocalDate to = partnership.endedOn() != null && partnership.endedOn().isBefore(today) ? partnership.endedOn() : today;
		for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
			// Bonuses close the year: the vendor's fiscal fourth quarter peaks.
			double peak = calendar.quarterOf(month).number() == 4 ? 1.7 : 1.0;
			int deals = Draws.poisson(rate * 0.9 * Math.pow(size, 0.6) * peak, random);
			for (int d = 0; d < deals; d++) {
				LocalDate day = month.plusDays(random.nextInt(month.lengthOfMonth()));
				if (day.isBefore(from) || day.isAfter(to)) {
					continue;
				}
				int category = Draws.weighted(mix, random);
				double value = 18_000 * Math.pow(size, 0.4) * dealSize * Math.exp(random.nextGaussian() * 0.7)
						* (category == 1 ? 1.8 : 1.0);
				double roll = random.nextDouble();
				String currency = roll < 0.07 ? "EUR" : roll < 0.10 ? "USD" : "PLN";
				BigDecimal amount = BigDecimal.valueOf(currency.equals("PLN") ? value : value / 4.1)
					.setScale(2, RoundingMode.HALF_EVEN);
				String endCustomer = PolishNames.pick(random, PolishNames.SURNAMES) + " "
						+ PolishNames.pick(random, List.of("Logistyka", "Bank", "Szpital", "Gmina", "Energetyka", "Handel"));
				double kept = share.applyAsDouble(day);
				int copies = kept >= 1 ? 1 + (keep.nextDouble() < kept - 1 ? 1 : 0) : keep.nextDouble() < kept ? 1 : 0;
				for (int copy = 0; copy < copies; copy++) {
					LocalDate closed = copy == 0 ? day : day.plusDays(1 + keep.nextInt(20));
					if (closed.isAfter(to)) {
						continue;
					}
					number++;
					out.write(vendor.slug().toUpperCase() + "-" + String.format("%06d", number) + "," + taxId + "," + closed + ","
							+ amount.toPlainString() + "," + currency + "," + CATEGORIES[category] + ","
							+ "\"" + CATEGORIES[category].charAt(0) + CATEGORIES[category].substring(1).toLowerCase()
							+ " deal\",\"" + endCustomer + "\"\n");
				}
			}
		}
		return number;
	}

	/** Each partner's shifts away from a vendor: its other vendors gain what that one loses. */
	private static Map<UUID, List<Drift>> shiftsByPartner(DemoContext context) {
		Map<UUID, UUID> partnerOf = new HashMap<>();
		context.partnerships().forEach(p -> partnerOf.put(p.id(), p.partnerId()));
		Map<UUID, List<Drift>> shifts = new HashMap<>();
		context.drifts().values().stream().filter(d -> d.path() == DriftPath.SHIFT_TO_ANOTHER_VENDOR)
			.forEach(d -> shifts.computeIfAbsent(partnerOf.get(d.partnershipId()), k -> new java.util.ArrayList<>()).add(d));
		return shifts;
	}

	/** How much more a partner sells with this vendor as it leaves others: up to twice as much. */
	private static double gain(List<Drift> elsewhere, LocalDate day) {
		double gain = 1;
		for (Drift drift : elsewhere) {
			gain += 1 - drift.share(day);
		}
		return Math.min(2, gain);
	}

	/** Some top-tier partners sell little and some entry-tier partners sell a lot: the column's point. */
	private static double exception(DemoPartnership partnership, SplittableRandom random) {
		double roll = random.nextDouble();
		if (partnership.tierRank() >= 4 && roll < 0.25) {
			return 0.12;
		}
		if (partnership.tierRank() == 1 && roll < 0.06) {
			return 7.0;
		}
		return 1.0;
	}

	private static String rate(double around, SplittableRandom random) {
		return BigDecimal.valueOf(around * (1 + (random.nextDouble() - 0.5) * 0.06)).setScale(4, RoundingMode.HALF_EVEN)
			.toPlainString();
	}
}
