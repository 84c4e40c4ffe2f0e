package io.rapport.workbench.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import io.rapport.common.Money;
import io.rapport.common.Period;
import io.rapport.common.Quarter;
import io.rapport.common.web.lists.Sorting;
import io.rapport.engagement.EngagementQueries;
import io.rapport.engagement.EngagementTrend;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipStatus;
import io.rapport.organizations.VendorProgramme;
import io.rapport.sales.SalesAnalytics;
import io.rapport.sales.SalesKpis;
import io.rapport.signals.AlertStatus;
import io.rapport.signals.AlertView;
import io.rapport.signals.Alerts;
import io.rapport.signals.Severity;
import io.rapport.support.CaseFilter;
import io.rapport.support.CaseSort;
import io.rapport.support.SupportCaseLine;
import io.rapport.support.SupportCases;
import io.rapport.touchpoints.CadenceNorms;
import io.rapport.touchpoints.NormCheck;
import io.rapport.touchpoints.PartnershipContacts;
import io.rapport.touchpoints.PartnershipContacts.ContactDates;
import io.rapport.voice.SurveyResult;
import io.rapport.voice.SurveyResults;
import io.rapport.voice.SurveyView;
import io.rapport.voice.Surveys;

/**
 * The figures the vendor-side homes share, each read from the module that owns it: revenue against
 * last year, the engagement trend, live alerts with what is at stake, overdue cases, the open
 * wave, partnerships gone quiet and the norms behind.
 */
@Component
class HomeFigures {

	/** How long without a vendor contact counts as gone quiet. */
	static final int QUIET_DAYS = 90;

	/** Quarters of the trend on the homes: two years. */
	static final int TREND_QUARTERS = 8;

	private final SalesAnalytics sales;

	private final EngagementQueries engagement;

	private final Alerts alerts;

	private final SupportCases cases;

	private final Surveys surveys;

	private final SurveyResults results;

	private final PartnershipContacts contacts;

	private final CadenceNorms norms;

	private final PartnershipQueries partnerships;

	private final Clock clock;

	HomeFigures(SalesAnalytics sales, EngagementQueries engagement, Alerts alerts, SupportCases cases, Surveys surveys,
			SurveyResults results, PartnershipContacts contacts, CadenceNorms norms, PartnershipQueries partnerships,
			Clock clock) {
		this.sales = sales;
		this.engagement = engagement;
		this.alerts = alerts;
		this.cases = cases;
		this.surveys = surveys;
		this.results = results;
		this.contacts = contacts;
		this.norms = norms;
		this.partnerships = partnerships;
		this.clock = clock;
	}

	/**
	 * Revenue over the last twelve months against the twelve before.
	 *
	 * @param change relative change, e.g. 0.12; null where last year had none
	 */
	record Revenue(Money trailing, Money yearBefore, Double change) {
	}

	/** The live alerts of one severity and the trailing revenue of the partnerships they are about. */
	record SeverityLine(Severity severity, long alerts, Money atStake) {
	}

	/** The vendor's open survey wave and how many of its partners answered so far. */
	record WaveProgress(SurveyView wave, Integer respondents, int minimum, long partnerships, LocalDate closesOn) {
	}

	/** A partnership with no vendor contact for {@value #QUIET_DAYS} days; {@code lastContact} null if never. */
	record QuietPartnership(PartnershipEntry partnership, Instant lastContact) {
	}

	LocalDate today(VendorProgramme programme) {
		return LocalDate.now(clock.withZone(programme.timeZone()));
	}

	Quarter quarter(VendorProgramme programme) {
		return programme.calendar().quarterOf(today(programme));
	}

	Revenue revenue(VendorProgramme programme) {
		LocalDate today = today(programme);
		SalesKpis kpis = sales.kpis(programme.vendorId(), new Period(today.minusYears(1).plusDays(1), today), 0, BigDecimal.ZERO);
		SalesKpis.Comparison before = kpis.growth().samePeriodLastYear();
		return new Revenue(kpis.revenue(), before == null ? null : before.revenue(), before == null ? null : before.revenueChange());
	}

	List<EngagementTrend> trend(UUID vendorId) {
		return engagement.trend(vendorId, TREND_QUARTERS);
	}

	/** The alerts still asking for attention, the most severe first; of one CAM only if {@code ownerId} is given. */
	List<AlertView> liveAlerts(UUID vendorId, UUID ownerId) {
		return alerts.list(vendorId, new Alerts.Filter(Set.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED), null, ownerId, null));
	}

	List<SeverityLine> bySeverity(List<AlertView> live) {
		Map<Severity, long[]> counts = new EnumMap<>(Severity.class);
		Map<Severity, Money> stakes = new EnumMap<>(Severity.class);
		for (AlertView alert : live) {
			counts.computeIfAbsent(alert.severity(), s -> new long[1])[0]++;
			Money revenue = alert.stake() == null ? null : alert.stake().trailingRevenue();
			if (revenue != null) {
				stakes.merge(alert.severity(), revenue,
						(a, b) -> a.currency().equals(b.currency()) ? a.plus(b) : a);
			}
		}
		List<SeverityLine> lines = new ArrayList<>();
		for (Severity severity : List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
			long[] count = counts.get(severity);
			lines.add(new SeverityLine(severity, count == null ? 0 : count[0], stakes.get(severity)));
		}
		return lines;
	}

	/** The alerts with the most trailing revenue at stake first. */
	List<AlertView> mostAtStake(List<AlertView> live, int most) {
		Comparator<AlertView> byStake = Comparator.comparing(
				(AlertView a) -> a.stake() == null || a.stake().trailingRevenue() == null ? BigDecimal.ZERO
						: a.stake().trailingRevenue().amount());
		return live.stream().sorted(byStake.reversed().thenComparing(AlertView::weight, Comparator.reverseOrder()))
			.limit(most).toList();
	}

	/** Open cases past their targets, the oldest first; only those the filter keeps. */
	List<SupportCaseLine> overdueCases(Predicate<SupportCaseLine> keep) {
		return cases.all(new CaseFilter(CaseFilter.Status.OPEN, true, null, null),
				Sorting.lenient(null, CaseSort.class, CaseSort.OPENED, true), 1000).stream().filter(keep).toList();
	}

	Optional<WaveProgress> openWave(UUID vendorId, long activePartnerships) {
		return surveys.list().stream().filter(SurveyView::open)
			.filter(s -> s.vendors().stream().anyMatch(v -> v.id().equals(vendorId)))
			.min(Comparator.comparing(SurveyView::closesOn))
			.map(wave -> {
				SurveyResult result = results.results(wave.id(), vendorId);
				return new WaveProgress(wave, result.respondents(), result.minimum(), activePartnerships, wave.closesOn());
			});
	}

	/** Active partnerships without a vendor contact for {@value #QUIET_DAYS} days, never-reached and longest quiet first. */
	List<QuietPartnership> quiet(VendorProgramme programme, Collection<PartnershipEntry> among) {
		Map<UUID, ContactDates> dates = contacts.ofVendor(programme.vendorId());
		Instant since = clock.instant().minus(Duration.ofDays(QUIET_DAYS));
		List<QuietPartnership> quiet = new ArrayList<>();
		for (PartnershipEntry p : among) {
			if (p.status() != PartnershipStatus.ACTIVE) {
				continue;
			}
			ContactDates d = dates.get(p.partnershipId());
			Instant last = d == null ? null : d.last();
			if (last == null || last.isBefore(since)) {
				quiet.add(new QuietPartnership(p, last));
			}
		}
		quiet.sort(Comparator.comparing(QuietPartnership::lastContact, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(q -> q.partnership().partnerName()));
		return quiet;
	}

	Map<UUID, ContactDates> contacts(UUID vendorId) {
		return contacts.ofVendor(vendorId);
	}

	/** The running quarter's norms that are behind or missed. */
	List<NormCheck> normsBehind(VendorProgramme programme) {
		return norms.checkUnscoped(programme, quarter(programme)).stream()
			.filter(c -> c.standing() == NormCheck.Standing.BEHIND || c.standing() == NormCheck.Standing.MISSED).toList();
	}

	List<PartnershipEntry> register(UUID vendorId) {
		return partnerships.register(vendorId);
	}
}
