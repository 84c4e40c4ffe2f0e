package io.rapport.signals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import io.rapport.common.NotFoundException;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipQueries.OtherPartnership;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.sales.SalesHistory;
import io.rapport.signals.detect.Detectors;
import io.rapport.signals.detect.Detectors.SignedScore;
import io.rapport.signals.model.BgNbd;
import io.rapport.signals.model.BgNbdParameters;
import io.rapport.signals.model.Customer;
import io.rapport.signals.model.RepeatTransactions;
import io.rapport.touchpoints.PartnershipActivity;
import io.rapport.touchpoints.TouchpointActivity;
import io.rapport.voice.SignedAnswers;
import io.rapport.voice.SignedAnswers.SignedAnswer;

/**
 * Reads every sign for each partnership in force on a day, from what the owning modules knew on
 * that day only, so a past day can be replayed exactly (the backtest does). The retention model is
 * fitted on the selling days up to that day. Unscoped: callers check the caller's right to the
 * vendor, or compute for it in the background.
 */
@Service
public class PartnershipSignals {

	/** How far back contacts and certifications are looked for: a certification's life and a quarter. */
	static final int LOOK_BACK_WEEKS = Detectors.CERTIFICATION_WEEKS + Detectors.CERTIFICATION_WARNING_WEEKS;

	private final VendorProgrammes programmes;

	private final PartnershipQueries partnerships;

	private final SalesHistory sales;

	private final TouchpointActivity touchpoints;

	private final SignedAnswers answers;

	private final SignalsProperties properties;

	PartnershipSignals(VendorProgrammes programmes, PartnershipQueries partnerships, SalesHistory sales,
			TouchpointActivity touchpoints, SignedAnswers answers, SignalsProperties properties) {
		this.properties = properties;
		this.programmes = programmes;
		this.partnerships = partnerships;
		this.sales = sales;
		this.touchpoints = touchpoints;
		this.answers = answers;
	}

	/** Every partnership in force on the day, with its signs at the configured significance. */
	public List<PartnershipRisk> assess(UUID vendorId, LocalDate asOf) {
		return assess(vendorId, asOf, properties.significance());
	}

	/**
	 * Every partnership in force on the day, with its signs; those without any carry an empty list.
	 *
	 * @param level the significance a fall in selling or in share must reach (the backtest tries several)
	 */
	public List<PartnershipRisk> assess(UUID vendorId, LocalDate asOf, double level) {
		return read(vendorId, asOf, level).risks();
	}

	/** The signs at the configured significance, with the selling days and the model they were read with. */
	Reading read(UUID vendorId, LocalDate asOf) {
		return read(vendorId, asOf, properties.significance());
	}

	/**
	 * @param customers each partnership that sold, summarised for the model
	 * @param fit the retention model fitted on them; null when fewer sold than it needs
	 */
	record Reading(List<PartnershipRisk> risks, Map<UUID, List<LocalDate>> days, Map<UUID, Customer> customers, BgNbd.Fit fit) {
	}

	private Reading read(UUID vendorId, LocalDate asOf, double level) {
		VendorProgramme programme = programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
		ZoneId zone = programme.timeZone();
		List<PartnershipEntry> register = partnerships.register(vendorId).stream()
			.filter(e -> e.activeOn(asOf)).toList();
		Map<UUID, List<LocalDate>> days = sales.sellingDays(vendorId, asOf);
		Map<UUID, Customer> customers = RepeatTransactions.summarise(days, asOf);
		BgNbd.Fit fit = customers.size() < BgNbd.MIN_CUSTOMERS ? null : BgNbd.fit(new ArrayList<>(customers.values()));
		BgNbdParameters model = fit == null ? null : fit.parameters();
		LocalDate recentFrom = asOf.minusWeeks(Detectors.RECENT_WEEKS);
		LocalDate baselineFrom = recentFrom.minusWeeks(Detectors.BASELINE_WEEKS);
		LocalDate lookBack = asOf.minusWeeks(LOOK_BACK_WEEKS);
		Map<UUID, PartnershipActivity> activity = touchpoints.asOf(vendorId, zone, lookBack, baselineFrom, recentFrom, asOf);
		Map<UUID, List<SignedAnswer>> signed = answers.about(vendorId, zone, asOf);
		Shares shares = shares(vendorId, register, days, baselineFrom, recentFrom, asOf);
		List<PartnershipRisk> risks = new ArrayList<>(register.size());
		for (PartnershipEntry entry : register) {
			List<Signal> signals = new ArrayList<>();
			Customer customer = customers.get(entry.partnershipId());
			Double pAlive = null;
			if (customer != null && model != null) {
				pAlive = BgNbd.pAlive(model, customer);
				Detectors.retention(pAlive, customer.x(), customer.T() - customer.tx()).ifPresent(signals::add);
			}
			List<LocalDate> own = days.getOrDefault(entry.partnershipId(), List.of());
			Detectors.salesDrop(PartnershipRetention.rateDrop(own, asOf), level).ifPresent(signals::add);
			shares.signal(entry, own, level).ifPresent(signals::add);
			PartnershipActivity seen = activity.getOrDefault(entry.partnershipId(), PartnershipActivity.NONE);
			Detectors.eventsStopped(seen.attendedBefore(), seen.attendedRecently()).ifPresent(signals::add);
			Detectors.certificationsLapsing(seen.lastCertification(), asOf).ifPresent(signals::add);
			Detectors.surveyFalling(scores(signed.get(entry.partnerId())), asOf).ifPresent(signals::add);
			LocalDate watchedFrom = entry.since().isAfter(lookBack) ? entry.since() : lookBack;
			Detectors.camContactLapsed(seen.lastDirectContact(), watchedFrom, asOf).ifPresent(signals::add);
			risks.add(new PartnershipRisk(entry.partnershipId(), entry.channelManagerId(), asOf, List.copyOf(signals),
					Severity.of(signals), pAlive));
		}
		return new Reading(risks, days, customers, fit);
	}

	/**
	 * The risks with their survey signs read again from the answers signed now. Called under the
	 * vendor's alert lock just before they are stored, so an answer unsigned since the first reading
	 * does not come back into a stored alert (issue 12); only a risk with a survey sign can change.
	 */
	List<PartnershipRisk> withSurveySignsNow(UUID vendorId, LocalDate asOf, List<PartnershipRisk> risks) {
		if (risks.stream().noneMatch(PartnershipSignals::hasSurveySign)) {
			return risks;
		}
		VendorProgramme programme = programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
		Map<UUID, UUID> partners = new HashMap<>();
		partnerships.register(vendorId).forEach(entry -> partners.put(entry.partnershipId(), entry.partnerId()));
		Map<UUID, List<SignedAnswer>> signed = answers.about(vendorId, programme.timeZone(), asOf);
		return risks.stream().map(risk -> {
			if (!hasSurveySign(risk)) {
				return risk;
			}
			Optional<Signal> now = Detectors.surveyFalling(scores(signed.get(partners.get(risk.partnershipId()))), asOf);
			List<Signal> signals = risk.signals().stream()
				.flatMap(s -> s.kind() == SignalKind.SURVEY_FALLING ? now.stream() : Stream.of(s)).toList();
			return new PartnershipRisk(risk.partnershipId(), risk.channelManagerId(), risk.asOf(), signals, Severity.of(signals),
					risk.pAlive());
		}).toList();
	}

	private static boolean hasSurveySign(PartnershipRisk risk) {
		return risk.signals().stream().anyMatch(s -> s.kind() == SignalKind.SURVEY_FALLING);
	}

	private static List<SignedScore> scores(List<SignedAnswer> signed) {
		return signed == null ? List.of() : signed.stream().map(a -> new SignedScore(a.survey(), a.answeredOn(), a.nps())).toList();
	}

	/** The partners' selling days with their other vendors, for the share that goes to this one. */
	private Shares shares(UUID vendorId, List<PartnershipEntry> register, Map<UUID, List<LocalDate>> days,
			LocalDate baselineFrom, LocalDate recentFrom, LocalDate asOf) {
		Map<UUID, List<OtherPartnership>> others = partnerships.otherPartnerships(vendorId);
		Set<UUID> ids = new HashSet<>();
		others.values().forEach(list -> list.forEach(o -> ids.add(o.partnershipId())));
		Map<UUID, List<LocalDate>> elsewhere = sales.sellingDays(ids, baselineFrom, asOf);
		return new Shares(others, elsewhere, baselineFrom, recentFrom);
	}

	private record Shares(Map<UUID, List<OtherPartnership>> others, Map<UUID, List<LocalDate>> elsewhere,
			LocalDate baselineFrom, LocalDate recentFrom) {

		java.util.Optional<Signal> signal(PartnershipEntry entry, List<LocalDate> own, double level) {
			List<OtherPartnership> theirs = others.getOrDefault(entry.partnerId(), List.of());
			Set<UUID> sellingVendors = new HashSet<>();
			Map<Boolean, Integer> counts = new HashMap<>(Map.of(true, 0, false, 0));
			for (OtherPartnership other : theirs) {
				List<LocalDate> sold = elsewhere.getOrDefault(other.partnershipId(), List.of());
				if (!sold.isEmpty()) {
					sellingVendors.add(other.vendorId());
				}
				sold.forEach(day -> counts.merge(!day.isBefore(recentFrom), 1, Integer::sum));
			}
			int ownBefore = (int) own.stream().filter(d -> !d.isBefore(baselineFrom) && d.isBefore(recentFrom)).count();
			int ownRecent = (int) own.stream().filter(d -> !d.isBefore(recentFrom)).count();
			return Detectors.activityShare(ownBefore, ownBefore + counts.get(false), ownRecent, ownRecent + counts.get(true),
					sellingVendors.size(), level);
		}
	}
}
