package io.rapport.demo.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import io.rapport.identity.NewUser;
import io.rapport.identity.Seniority;
import io.rapport.identity.UserDirectory;
import io.rapport.identity.UserView;
import io.rapport.organizations.NewOrganization;
import io.rapport.organizations.NewPartnership;
import io.rapport.organizations.OrganizationAdministration;
import io.rapport.organizations.OrganizationDirectory;
import io.rapport.organizations.OrganizationKind;
import io.rapport.organizations.OrganizationView;
import io.rapport.organizations.PartnershipManagement;
import io.rapport.organizations.PartnershipView;
import io.rapport.organizations.VendorProgrammes;

/**
 * The programme itself: three vendors with the column's three attitudes, a neutral hub with its
 * analyst, Polish partners working with one to three vendors, a tier pyramid and the CAMs. Runs
 * through the modules' APIs, as the vendors' chiefs, so every rule of a real programme holds.
 */
@Component
class ProgrammeStep implements DemoStep {

	static final List<VendorSeed> STORY_VENDORS = List.of(
			new VendorSeed("Helix Data Systems", "helix", VendorProfile.ENGAGED_AT_THE_TOP, 11, "Warszawa",
					List.of("Registered", "Silver", "Gold", "Platinum"), 4, 0.30),
			new VendorSeed("Corvid Networks", "corvid", VendorProfile.ENGAGED_TEAM, 1, "Kraków",
					List.of("Registered", "Silver", "Gold", "Platinum"), 3, 0.25),
			new VendorSeed("Magnus Cloud", "magnus", VendorProfile.DOMINANT_SPORADIC, 7, "Warszawa",
					List.of("Member", "Silver", "Gold", "Platinum"), 5, 0.45));


	private final OrganizationDirectory organizations;

	private final VendorProgrammes programmes;

	private final PartnershipManagement partnerships;

	private final UserDirectory users;

	private final BulkProgramme bulk;

	private final OrganizationAdministration administration;

	ProgrammeStep(OrganizationDirectory organizations, VendorProgrammes programmes, PartnershipManagement partnerships,
			UserDirectory users, BulkProgramme bulk, OrganizationAdministration administration) {
		this.administration = administration;
		this.organizations = organizations;
		this.programmes = programmes;
		this.partnerships = partnerships;
		this.users = users;
		this.bulk = bulk;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public void generate(DemoContext context) {
		if (context.scale() != DemoScale.S) {
			bulk.generate(context, vendorSeeds(context.scale()));
			return;
		}
		SplittableRandom random = context.random("programme");
		String passwordHash = users.hash(DemoGenerator.PASSWORD);
		hub(passwordHash);
		List<VendorSeed> seeds = vendorSeeds(context.scale());
		for (VendorSeed seed : seeds) {
			context.vendors().add(vendor(seed, passwordHash, random));
		}
		Set<String> taken = new HashSet<>();
		for (int i = 0; i < context.scale().partners(); i++) {
			NewOrganization partner = partner(random, taken);
			UUID partnerId = null;
			// The first vendor onboards the company; the others find it by its NIP, as in real life.
			for (DemoVendor vendor : vendorsOf(context.vendors(), seeds, random)) {
				DemoPartnership partnership = partnership(context, vendor, partner, random);
				context.partnerships().add(partnership);
				partnerId = partnership.partnerId();
			}
			UserView admin = users.register(new NewUser(partnerId, "admin@" + partner.domains().get(0),
					"Administrator " + partner.name(), null, null, Set.of(Role.PARTNER_ADMIN)), passwordHash);
			// The domain is the company's own: its administrator confirms what the first vendor typed.
			UUID company = partnerId;
			Caller companyAdmin = new Caller(admin.id(), admin.email(), admin.name(), company, Set.of(Role.PARTNER_ADMIN));
			RunAs.caller(companyAdmin, () -> administration.confirmDomain(company, partner.domains().get(0)));
		}
	}

	private void hub(String passwordHash) {
		OrganizationView hub = organizations.register(new NewOrganization(OrganizationKind.MEDIA, "Channel Hub", "PL",
				"Warszawa", null, List.of("hub.example")));
		users.register(new NewUser(hub.id(), "analyst@hub.example", "Hanna Analityk", null, null, Set.of(Role.ANALYST)),
				passwordHash);
	}

	private DemoVendor vendor(VendorSeed seed, String passwordHash, SplittableRandom random) {
		OrganizationView vendor = organizations.register(new NewOrganization(OrganizationKind.VENDOR, seed.name(), "PL",
				seed.city(), Draws.nip(random, new HashSet<>()), List.of(seed.slug() + ".example")));
		programmes.define(vendor.id(), seed.fiscalYearStartMonth(), ZoneId.of("Europe/Warsaw"), "PLN", seed.tiers());
		String domain = seed.slug() + ".example";
		UserView chief = users.register(new NewUser(vendor.id(), "chief@" + domain, PolishNames.personName(random), null,
				Seniority.EXECUTIVE, Set.of(Role.VENDOR_ADMIN)), passwordHash);
		UserView ceo = users.register(new NewUser(vendor.id(), "ceo@" + domain, PolishNames.personName(random), null,
				Seniority.CEO, Set.of(Role.VENDOR_EXECUTIVE)), passwordHash);
		List<UUID> cams = new ArrayList<>();
		for (int i = 1; i <= seed.channelManagers(); i++) {
			cams.add(users.register(new NewUser(vendor.id(), "cam" + i + "@" + domain, PolishNames.personName(random), null,
					Seniority.MANAGER, Set.of(Role.CHANNEL_MANAGER)), passwordHash).id());
		}
		return new DemoVendor(vendor.id(), seed.name(), seed.slug(), seed.profile(), chief.id(), ceo.id(), List.copyOf(cams));
	}

	private static NewOrganization partner(SplittableRandom random, Set<String> taken) {
		String name;
		String domain;
		do {
			name = PolishNames.companyName(random);
			domain = PolishNames.ascii(name.replaceAll(" (sp\\..*|S\\.A\\.)$", "")) + ".pl";
		}
		while (!taken.add(domain));
		return new NewOrganization(OrganizationKind.PARTNER, name, "PL", PolishNames.pick(random, PolishNames.CITIES),
				Draws.nip(random, taken), List.of(domain));
	}

	/** One to three vendors per partner; the dominant vendor is in most partners' portfolios. */
	private static List<DemoVendor> vendorsOf(List<DemoVendor> vendors, List<VendorSeed> seeds, SplittableRandom random) {
		double roll = random.nextDouble();
		int count = roll < 0.58 ? 1 : roll < 0.90 ? 2 : 3;
		List<DemoVendor> chosen = new ArrayList<>();
		while (chosen.size() < Math.min(count, vendors.size())) {
			double pick = random.nextDouble();
			double sum = 0;
			for (int i = 0; i < vendors.size(); i++) {
				sum += seeds.get(i).reach() / seeds.stream().mapToDouble(VendorSeed::reach).sum();
				if (pick < sum || i == vendors.size() - 1) {
					if (!chosen.contains(vendors.get(i))) {
						chosen.add(vendors.get(i));
					}
					break;
				}
			}
		}
		return chosen;
	}

	private DemoPartnership partnership(DemoContext context, DemoVendor vendor, NewOrganization partner,
			SplittableRandom random) {
		int tierRank = Draws.tierRank(random);
		LocalDate since = context.today().minusDays(200 + random.nextInt(365 * 8));
		UUID cam = vendor.channelManagers().get(random.nextInt(vendor.channelManagers().size()));
		UUID sponsor = Draws.isTopTier(tierRank) ? vendor.ceoId() : null;
		Caller chief = new Caller(vendor.chiefId(), "chief@" + vendor.slug() + ".example", "chief", vendor.id(),
				Set.of(Role.VENDOR_ADMIN));
		String tier = STORY_VENDORS.stream().filter(s -> s.slug().equals(vendor.slug())).findFirst()
			.map(s -> s.tiers().get(tierRank - 1))
			.orElse(GENERIC_TIERS.get(tierRank - 1));
		PartnershipView view = RunAs.caller(chief,
				() -> partnerships.start(new NewPartnership(null, partner, tier, since, cam, sponsor)));
		LocalDate endedOn = null;
		if (random.nextDouble() < 0.04) {
			endedOn = context.today().minusDays(30 + random.nextInt(150));
			LocalDate end = endedOn.isBefore(since) ? since : endedOn;
			endedOn = end;
			RunAs.caller(chief, () -> partnerships.end(view.id(), end));
		}
		double size = Draws.size(tierRank, random);
		return new DemoPartnership(view.id(), vendor.id(), view.partner().id(), tierRank, since, endedOn, cam, size);
	}

	static final List<String> GENERIC_TIERS = List.of("Registered", "Silver", "Gold", "Platinum");

	/** The three story vendors, then generic ones for the benchmark scales. */
	static List<VendorSeed> vendorSeeds(DemoScale scale) {
		List<VendorSeed> seeds = new ArrayList<>(STORY_VENDORS);
		for (int i = seeds.size() + 1; i <= scale.vendors(); i++) {
			VendorProfile profile = VendorProfile.values()[i % VendorProfile.values().length];
			seeds.add(new VendorSeed("Vendor " + String.format("%02d", i), "vendor" + String.format("%02d", i), profile,
					1 + (i % 12), "Warszawa", GENERIC_TIERS, 3 + i % 4, 1.0));
		}
		return seeds;
	}

	/**
	 * @param reach relative chance that a partner works with this vendor
	 */
	record VendorSeed(String name, String slug, VendorProfile profile, int fiscalYearStartMonth, String city,
			List<String> tiers, int channelManagers, double reach) {
	}
}
