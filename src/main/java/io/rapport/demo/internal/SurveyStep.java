package io.rapport.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import io.rapport.demo.DemoStep;
import io.rapport.demo.DemoVendor;
import io.rapport.demo.VendorProfile;
import io.rapport.identity.Member;
import io.rapport.identity.UserDirectory;
import io.rapport.identity.UserView;
import io.rapport.voice.Criterion;
import io.rapport.voice.NewResponse;
import io.rapport.voice.NewSurvey;
import io.rapport.voice.Responses;
import io.rapport.voice.SurveyBulkLoad;
import io.rapport.voice.SurveyView;
import io.rapport.voice.Surveys;

/**
 * Half-yearly partner surveys over two years, answered the way the three attitudes would be: the
 * vendor engaged at the top rated well on communication and executive access, the engaged team
 * well except for its executives, the dominant vendor poorly on nearly everything but profit —
 * while its channel team rates itself far above what its partners say. Partners differ in mood as
 * they differ in engagement. The four past waves are loaded as history; the current one is run
 * and partly answered through the same services a chief and partners use. The neutral hub adds a
 * yearly report card across every vendor.
 */
@Component
class SurveyStep implements DemoStep {

	/** Answers given through the services in the open wave, per vendor; the benchmark scale needs no more. */
	private static final int LIVE_ANSWERS = 40;

	/** The share of partners that sign their answers so their vendor can act on them. */
	private static final double SIGNING = 0.4;

	/** How far, in the mood's standard deviations, a partner that stopped selling sours. */
	private static final double SOURING = 2.5;

	private static final double[] ENGAGED_AT_THE_TOP = { 8.2, 8.0, 7.5, 7.8, 6.8, 7.0, 7.8, 7.2, 7.5, 7.8, 7.4 };

	private static final double[] ENGAGED_TEAM = { 7.5, 5.2, 7.8, 7.2, 6.5, 6.0, 8.0, 6.8, 7.0, 6.8, 6.9 };

	private static final double[] DOMINANT = { 3.6, 2.4, 4.2, 5.0, 6.2, 3.5, 4.5, 5.0, 3.0, 3.2, 3.0 };

	/** How much partners say each criterion matters, 1–5: the phone first, as the first column found. */
	private static final double[] IMPORTANCE = { 4.2, 3.2, 4.6, 4.0, 4.3, 3.5, 3.9, 3.3, 4.1, 3.8, 3.7 };

	private static final Map<VendorProfile, List<String>> COMMENTS = Map.of(
			VendorProfile.ENGAGED_AT_THE_TOP, List.of("Prezes spotyka się z partnerami co kwartał — to widać w projektach.",
					"Szybka pomoc przez telefon, gdy klient stoi.", "Dobre szkolenia przed premierami nowych produktów.",
					"Uczciwie przyznali się do błędu w cenniku i go naprawili."),
			VendorProfile.ENGAGED_TEAM, List.of("Opiekun kanału zawsze pod telefonem.", "Brakuje kontaktu z zarządem producenta.",
					"Premie mogłyby nagradzać także usługi, nie tylko sprzęt.", "Wsparcie techniczne przez telefon bez zarzutu."),
			VendorProfile.DOMINANT_SPORADIC, List.of("Trudno dodzwonić się do wsparcia, a klient czeka.",
					"Dział sprzedaży bezpośredniej podbiera nam klientów.", "Konferencja partnerska płatna i tylko dla wybranych.",
					"O zmianach w programie dowiadujemy się z prasy.", "Opiekun zmienia się co kwartał.",
					"Marża jest, ale nikt nas nie słucha."));

	private final SurveyBulkLoad history;

	private final Surveys surveys;

	private final Responses responses;

	private final UserDirectory users;

	SurveyStep(SurveyBulkLoad history, Surveys surveys, Responses responses, UserDirectory users) {
		this.history = history;
		this.surveys = surveys;
		this.responses = responses;
		this.users = users;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void generate(DemoContext context) {
		SplittableRandom random = context.random("surveys");
		// Who signs its answers is drawn on a stream of its own, so the answers stay as they were.
		SplittableRandom signing = context.random("surveys-signed");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		Map<DemoVendor, HubAnswers> hubAnswers = new LinkedHashMap<>();
		for (DemoVendor vendor : context.vendors()) {
			List<DemoPartnership> own = context.partnerships().stream().filter(p -> p.vendorId().equals(vendor.id())).toList();
			Map<UUID, Member> people = new HashMap<>();
			users.membersOf(own.stream().map(DemoPartnership::partnerId).distinct().toList())
				.forEach(m -> people.putIfAbsent(m.organizationId(), m));
			Map<UUID, Double> mood = new HashMap<>();
			own.forEach(p -> mood.put(p.id(), random.nextGaussian()));
			Set<UUID> signers = new HashSet<>();
			own.forEach(p -> {
				if (signing.nextDouble() < SIGNING) {
					signers.add(p.id());
				}
			});
			double[] means = means(vendor.profile());
			for (int wave = 4; wave >= 1; wave--) {
				LocalDate opens = today.minusMonths(6L * wave).withDayOfMonth(1);
				LocalDate closes = opens.plusDays(20);
				// The engaged get a little better every half-year, the dominant a little worse.
				double trend = (4 - wave) * 0.15 * (vendor.profile() == VendorProfile.DOMINANT_SPORADIC ? -1 : 1);
				List<SurveyBulkLoad.PastAnswer> answers = new ArrayList<>();
				for (DemoPartnership partnership : own) {
					Member person = people.get(partnership.partnerId());
					if (person == null || !active(partnership, opens) || random.nextDouble() > 0.4) {
						continue;
					}
					Answer answer = answer(vendor.profile(), means,
							mood.get(partnership.id()) + trend + souring(context, partnership, opens), random);
					answers.add(new SurveyBulkLoad.PastAnswer(vendor.id(), partnership.partnerId(), person.userId(),
							opens.plusDays(1 + random.nextInt(19)).atTime(9 + random.nextInt(8), random.nextInt(60))
								.atZone(ZoneId.of("Europe/Warsaw")).toInstant(),
							answer.nps, answer.ratings, answer.importance, answer.comment, signers.contains(partnership.id())));
				}
				history.load(new SurveyBulkLoad.PastWave(title(opens), List.of(vendor.id()), vendor.id(), vendor.chiefId(), opens,
						closes, answers, wave <= 2 ? Map.of(vendor.id(), selfAssessment(vendor.profile(), means, trend, random))
								: Map.of(), vendor.chiefId()));
			}
			runCurrentWave(context, signers, vendor, own, people, mood, means, 0.6 * (vendor.profile() == VendorProfile.DOMINANT_SPORADIC ? -1 : 1),
					today, random);
			hubAnswers.put(vendor, new HubAnswers(own, people, mood, means));
		}
		hubWaves(hubAnswers, today, random);
	}

	/**
	 * The neutral hub's yearly report card across every vendor, as the channel press runs one: two
	 * waves a year apart, so the analyst sees who improved and who slipped.
	 */
	private void hubWaves(Map<DemoVendor, HubAnswers> vendors, LocalDate today, SplittableRandom random) {
		UserView analyst = users.findByEmail("analyst@hub.example").orElse(null);
		if (analyst == null) {
			return;
		}
		for (int year = 2; year >= 1; year--) {
			LocalDate opens = today.minusMonths(12L * year - 1).withDayOfMonth(1);
			List<SurveyBulkLoad.PastAnswer> answers = new ArrayList<>();
			for (Map.Entry<DemoVendor, HubAnswers> entry : vendors.entrySet()) {
				DemoVendor vendor = entry.getKey();
				HubAnswers hub = entry.getValue();
				double trend = (2 - year) * 0.3 * (vendor.profile() == VendorProfile.DOMINANT_SPORADIC ? -1 : 1);
				for (DemoPartnership partnership : hub.own()) {
					Member person = hub.people().get(partnership.partnerId());
					if (person == null || !active(partnership, opens) || random.nextDouble() > 0.3) {
						continue;
					}
					Answer answer = answer(vendor.profile(), hub.means(), hub.mood().get(partnership.id()) + trend, random);
					answers.add(new SurveyBulkLoad.PastAnswer(vendor.id(), partnership.partnerId(), person.userId(),
							opens.plusDays(2 + random.nextInt(20)).atTime(10, random.nextInt(60)).atZone(ZoneId.of("Europe/Warsaw"))
								.toInstant(),
							answer.nps, answer.ratings, answer.importance, answer.comment, false));
				}
			}
			history.load(new SurveyBulkLoad.PastWave("Raport kanałowy " + opens.getYear(),
					vendors.keySet().stream().map(DemoVendor::id).toList(), analyst.organizationId(), analyst.id(), opens,
					opens.plusDays(27), answers, Map.of(), analyst.id()));
		}
	}

	/** The wave open now: some partners have answered, the rest are invited and can answer in the UI. */
	private void runCurrentWave(DemoContext context, Set<UUID> signers, DemoVendor vendor, List<DemoPartnership> own, Map<UUID, Member> people, Map<UUID, Double> mood,
			double[] means, double trend, LocalDate today, SplittableRandom random) {
		Caller chief = new Caller(vendor.chiefId(), "chief@" + vendor.slug() + ".example", "chief", vendor.id(),
				Set.of(Role.VENDOR_ADMIN));
		LocalDate opens = today.minusDays(10);
		SurveyView wave = RunAs.caller(chief, () -> surveys.create(new NewSurvey(title(opens), List.of(vendor.id()), opens,
				today.plusDays(11))));
		int answered = 0;
		for (DemoPartnership partnership : own) {
			Member person = people.get(partnership.partnerId());
			// The first days of a wave: a fifth of the partners, and no more than a story needs.
			if (person == null || partnership.endedOn() != null || random.nextDouble() > 0.2 || answered >= LIVE_ANSWERS) {
				continue;
			}
			answered++;
			Answer answer = answer(vendor.profile(), means, mood.get(partnership.id()) + trend
					+ souring(context, partnership, today), random);
			Caller partner = new Caller(person.userId(), person.email(), person.name(), person.organizationId(),
					Set.of(Role.PARTNER_ADMIN));
			RunAs.caller(partner, () -> responses.answer(wave.id(), new NewResponse(vendor.id(), answer.nps, answer.ratings,
					answer.importance, answer.comment, signers.contains(partnership.id()), false)));
		}
	}

	/** A partner walking away rates the vendor worse as its selling fades. */
	private static double souring(DemoContext context, DemoPartnership partnership, LocalDate day) {
		return -SOURING * (1 - context.share(partnership.id(), day));
	}

	private static Answer answer(VendorProfile profile, double[] means, double mood, SplittableRandom random) {
		Map<String, Integer> ratings = new LinkedHashMap<>();
		Map<String, Integer> importance = new LinkedHashMap<>();
		Criterion[] criteria = Criterion.values();
		for (int i = 0; i < criteria.length; i++) {
			// Now and then a partner cannot judge a criterion and leaves it out.
			if (random.nextDouble() < 0.08) {
				continue;
			}
			ratings.put(criteria[i].key(), scale(means[i] + mood + 1.4 * random.nextGaussian(), 0, 10));
			if (random.nextDouble() < 0.7) {
				importance.put(criteria[i].key(), scale(IMPORTANCE[i] + 0.8 * random.nextGaussian(), 1, 5));
			}
		}
		double npsMean = profile == VendorProfile.ENGAGED_AT_THE_TOP ? 8.6 : profile == VendorProfile.ENGAGED_TEAM ? 7.8 : 5.8;
		int nps = scale(npsMean + 1.2 * mood + 1.6 * random.nextGaussian(), 0, 10);
		List<String> pool = COMMENTS.get(profile);
		String comment = random.nextDouble() < 0.25 ? pool.get(random.nextInt(pool.size())) : null;
		return new Answer(nps, ratings, importance, comment);
	}

	/** The dominant vendor's team believes it does well everywhere; the others know themselves. */
	private static Map<String, Double> selfAssessment(VendorProfile profile, double[] means, double trend,
			SplittableRandom random) {
		Map<String, Double> self = new LinkedHashMap<>();
		Criterion[] criteria = Criterion.values();
		for (int i = 0; i < criteria.length; i++) {
			double belief = profile == VendorProfile.DOMINANT_SPORADIC ? 8 + random.nextDouble()
					: means[i] + trend + 0.5 * random.nextDouble();
			self.put(criteria[i].key(), Math.round(Math.min(10, belief) * 2) / 2d);
		}
		return self;
	}

	private static double[] means(VendorProfile profile) {
		return switch (profile) {
			case ENGAGED_AT_THE_TOP -> ENGAGED_AT_THE_TOP;
			case ENGAGED_TEAM -> ENGAGED_TEAM;
			case DOMINANT_SPORADIC -> DOMINANT;
		};
	}

	private static String title(LocalDate opens) {
		return "Ankieta partnerów " + (opens.getMonthValue() <= 6 ? "H1 " : "H2 ") + opens.getYear();
	}

	private static boolean active(DemoPartnership partnership, LocalDate day) {
		return !partnership.since().isAfter(day) && (partnership.endedOn() == null || partnership.endedOn().isAfter(day));
	}

	private static int scale(double value, int low, int high) {
		return (int) Math.max(low, Math.min(high, Math.round(value)));
	}

	/** What the hub's waves need of each vendor: its partnerships, their people, their mood and the vendor's means. */
	private record HubAnswers(List<DemoPartnership> own, Map<UUID, Member> people, Map<UUID, Double> mood, double[] means) {
	}

	private record Answer(int nps, Map<String, Integer> ratings, Map<String, Integer> importance, String comment) {
	}
}
