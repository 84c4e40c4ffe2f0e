package io.rapport.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.rapport.common.tenancy.Role;
import io.rapport.demo.DemoContext;
import io.rapport.demo.DemoPartnership;
import io.rapport.demo.DemoVendor;
import io.rapport.identity.Seniority;
import io.rapport.identity.UserBulkLoad;
import io.rapport.identity.UserDirectory;
import io.rapport.organizations.OrganizationBulkLoad;
import io.rapport.organizations.OrganizationKind;

/**
 * The benchmark scales' programme (L: 100,000 partnerships across 20 vendors), generated in memory
 * from the seed and loaded with COPY through the owning modules' bulk loaders.
 */
@Component
class BulkProgramme {

	private static final Logger log = LoggerFactory.getLogger(BulkProgramme.class);


	private final OrganizationBulkLoad organizations;

	private final UserBulkLoad users;

	private final UserDirectory directory;

	BulkProgramme(OrganizationBulkLoad organizations, UserBulkLoad users, UserDirectory directory) {
		this.organizations = organizations;
		this.users = users;
		this.directory = directory;
	}

	void generate(DemoContext context, List<ProgrammeStep.VendorSeed> seeds) {
		SplittableRandom random = context.random("bulk-programme");
		long started = System.nanoTime();
		List<OrganizationBulkLoad.Organization> orgs = new ArrayList<>();
		List<OrganizationBulkLoad.Programme> programmes = new ArrayList<>();
		List<UserBulkLoad.User> people = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		Set<String> nips = new HashSet<>();

		UUID hub = id(random);
		orgs.add(new OrganizationBulkLoad.Organization(hub, OrganizationKind.MEDIA, "Channel Hub", "channel-hub", "Warszawa",
				null, "hub.example"));
		people.add(new UserBulkLoad.User(id(random), hub, "analyst@hub.example", "Hanna Analityk", null, Role.ANALYST));

		List<List<UUID>> tierIds = new ArrayList<>();
		for (ProgrammeStep.VendorSeed seed : seeds) {
			UUID vendor = id(random);
			orgs.add(new OrganizationBulkLoad.Organization(vendor, OrganizationKind.VENDOR, seed.name(), seed.slug(),
					seed.city(), Draws.nip(random, nips), seed.slug() + ".example"));
			List<OrganizationBulkLoad.Tier> tiers = new ArrayList<>();
			List<UUID> ids = new ArrayList<>();
			for (int rank = 1; rank <= seed.tiers().size(); rank++) {
				UUID tier = id(random);
				ids.add(tier);
				tiers.add(new OrganizationBulkLoad.Tier(tier, seed.tiers().get(rank - 1), rank));
			}
			tierIds.add(ids);
			programmes.add(new OrganizationBulkLoad.Programme(vendor, seed.fiscalYearStartMonth(), "Europe/Warsaw", "PLN",
					tiers));
			String domain = seed.slug() + ".example";
			UUID chief = id(random);
			UUID ceo = id(random);
			people.add(new UserBulkLoad.User(chief, vendor, "chief@" + domain, PolishNames.personName(random),
					Seniority.EXECUTIVE, Role.VENDOR_ADMIN));
			people.add(new UserBulkLoad.User(ceo, vendor, "ceo@" + domain, PolishNames.personName(random), Seniority.CEO,
					Role.VENDOR_EXECUTIVE));
			List<UUID> cams = new ArrayList<>();
			// Enough CAMs that each looks after a few hundred partnerships, as in a large programme.
			int camCount = Math.max(seed.channelManagers(), context.scale().partners() * 3 / 2 / seeds.size() / 250);
			for (int i = 1; i <= camCount; i++) {
				UUID cam = id(random);
				cams.add(cam);
				people.add(new UserBulkLoad.User(cam, vendor, "cam" + i + "@" + domain, PolishNames.personName(random),
						Seniority.MANAGER, Role.CHANNEL_MANAGER));
			}
			context.vendors().add(new DemoVendor(vendor, seed.name(), seed.slug(), seed.profile(), chief, ceo,
					List.copyOf(cams)));
		}

		List<OrganizationBulkLoad.Partnership> partnerships = new ArrayList<>();
		for (int n = 0; n < context.scale().partners(); n++) {
			String name = PolishNames.companyName(random);
			String base = PolishNames.ascii(name.replaceAll(" (sp\\..*|S\\.A\\.)$", ""));
			String slug = base;
			for (int k = 2; !taken.add(slug); k++) {
				slug = base + "-" + k;
			}
			if (!slug.equals(base)) {
				// Names stay unique too, so an import can still find a partner by its name.
				name = name.replaceFirst(" (sp\\.|S\\.A\\.)", " " + slug.substring(base.length() + 1) + " $1");
			}
			UUID partner = id(random);
			orgs.add(new OrganizationBulkLoad.Organization(partner, OrganizationKind.PARTNER, name, slug,
					PolishNames.pick(random, PolishNames.CITIES), Draws.nip(random, nips), slug + ".pl"));
			people.add(new UserBulkLoad.User(id(random), partner, "admin@" + slug + ".pl", "Administrator " + name, null,
					Role.PARTNER_ADMIN));
			double roll = random.nextDouble();
			int count = roll < 0.58 ? 1 : roll < 0.90 ? 2 : 3;
			Set<Integer> chosen = new HashSet<>();
			while (chosen.size() < Math.min(count, seeds.size())) {
				chosen.add(random.nextInt(seeds.size()));
			}
			for (int v : chosen) {
				DemoVendor vendor = context.vendors().get(v);
				int rank = Draws.tierRank(random);
				LocalDate since = context.today().minusDays(200 + random.nextInt(365 * 8));
				LocalDate ended = random.nextDouble() < 0.04 ? context.today().minusDays(30 + random.nextInt(150)) : null;
				if (ended != null && ended.isBefore(since)) {
					ended = since;
				}
				UUID cam = vendor.channelManagers().get(random.nextInt(vendor.channelManagers().size()));
				UUID id = id(random);
				partnerships.add(new OrganizationBulkLoad.Partnership(id, vendor.id(), partner, tierIds.get(v).get(rank - 1),
						since, ended, cam, Draws.isTopTier(rank) ? vendor.ceoId() : null));
				double size = Draws.size(rank, random);
				context.partnerships().add(new DemoPartnership(id, vendor.id(), partner, rank, since, ended, cam, size));
			}
		}
		long generated = System.nanoTime();
		organizations.organizations(orgs);
		organizations.programmes(programmes);
		users.users(people, directory.hash(DemoGenerator.PASSWORD));
		long partnershipsStarted = System.nanoTime();
		long loaded = organizations.partnerships(partnerships);
		long finished = System.nanoTime();
		// bench/foundation.sh reads this line: keep its words stable.
		log.info("Bulk programme: {} organisations, {} users, {} partnerships; generated in {} ms, loaded in {} ms, "
				+ "partnerships loaded in {} ms ({} partnerships/s end to end)", orgs.size(), people.size(), loaded,
				(generated - started) / 1_000_000, (finished - generated) / 1_000_000,
				(finished - partnershipsStarted) / 1_000_000, Math.round(loaded / ((finished - started) / 1e9)));
	}

	private static UUID id(SplittableRandom random) {
		// Version-4 layout from the seeded stream, so a scale regenerates with the same ids.
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}
}
