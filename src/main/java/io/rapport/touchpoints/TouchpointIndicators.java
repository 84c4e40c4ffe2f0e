package io.rapport.touchpoints;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.rapport.common.Quarter;
import io.rapport.engagement.CadenceResult;
import io.rapport.engagement.IndicatorContributor;
import io.rapport.engagement.IndicatorDefinition;
import io.rapport.engagement.Side;
import io.rapport.organizations.VendorProgramme;

/**
 * What touchpoints contribute to engagement (DESIGN §2). PEI: the partner's presence at events and
 * trainings, certifications and the contact it starts itself, as percentiles in the programme.
 * VEI: the vendor's communication measured against the columns' norms over the trailing four
 * quarters — in touch every quarter, a direct meeting every quarter, executives present twice a
 * year, two product briefings and a conference invitation. Channel-wide: the conference (held,
 * free, press invited), press briefings every quarter, press inquiries answered, the CEO or an
 * executive before the press every quarter, two independent events and monthly channel marketing.
 *
 * <p>The vendor's own cadence norms set the targets: a norm counted per quarter is four times its
 * target over the window (two briefings a quarter: eight), one counted per year its target. The
 * indicators that count periods — quarters in touch, quarters with an executive before the press,
 * months with channel marketing — keep every period of the window as their target. A norm set to
 * zero waives its indicator: it is left out, and coverage shows it.
 */
@Component
class TouchpointIndicators implements IndicatorContributor {

	static final List<IndicatorDefinition> INDICATORS = List.of(
			IndicatorDefinition.percentile("events_attended", Side.PEI, 2, false),
			IndicatorDefinition.percentile("trainings", Side.PEI, 2, false),
			IndicatorDefinition.percentile("certifications", Side.PEI, 2, false),
			IndicatorDefinition.percentile("partner_initiated_contact", Side.PEI, 1, false),
			IndicatorDefinition.norm("communication_regularity", Side.VEI, 1, 3),
			IndicatorDefinition.norm("direct_meetings", Side.VEI, 4, 3),
			IndicatorDefinition.norm("executive_contact", Side.VEI, 2, 2),
			IndicatorDefinition.norm("product_briefings", Side.VEI, 2, 1),
			IndicatorDefinition.norm("conference_invitations", Side.VEI, 1, 1),
			IndicatorDefinition.norm("conference_held", Side.CHANNEL, 1, 2),
			IndicatorDefinition.norm("conference_free", Side.CHANNEL, 1, 1),
			IndicatorDefinition.norm("conference_press_invited", Side.CHANNEL, 1, 1),
			IndicatorDefinition.norm("press_briefings", Side.CHANNEL, 4, 2),
			IndicatorDefinition.norm("press_inquiries_answered", Side.CHANNEL, 1, 1),
			IndicatorDefinition.norm("ceo_press_presence", Side.CHANNEL, 4, 2),
			IndicatorDefinition.norm("independent_events", Side.CHANNEL, 2, 1),
			IndicatorDefinition.norm("channel_marketing", Side.CHANNEL, 12, 1));

	private final TouchpointStatistics statistics;

	private final CadenceNorms norms;

	TouchpointIndicators(TouchpointStatistics statistics, CadenceNorms norms) {
		this.statistics = statistics;
		this.norms = norms;
	}

	@Override
	public List<IndicatorDefinition> indicators() {
		return INDICATORS;
	}

	/** Which norm sets each indicator's target, and how many of the norm's periods make up a window. */
	private static final Map<String, Norm> NORMS = Map.of("communication_regularity", Norm.VENDOR_CONTACT_PER_QUARTER,
			"direct_meetings", Norm.TOP_TIER_MEETING_PER_QUARTER, "conference_held", Norm.CONFERENCE_PER_YEAR,
			"press_briefings", Norm.PRESS_BRIEFING_PER_QUARTER, "ceo_press_presence", Norm.EXECUTIVE_PRESS_PER_QUARTER,
			"independent_events", Norm.INDEPENDENT_EVENTS_PER_YEAR, "channel_marketing", Norm.CHANNEL_MARKETING_PER_MONTH);

	/** Indicators that count the periods a norm was kept in, not the touchpoints. */
	private static final Set<String> PERIOD_COUNTS = Set.of("communication_regularity", "ceo_press_presence",
			"channel_marketing");

	@Override
	public Map<String, Double> targets(VendorProgramme programme) {
		Map<Norm, Integer> norms = this.norms.targetsOf(programme.vendorId());
		Map<String, Double> targets = new HashMap<>();
		for (IndicatorDefinition definition : INDICATORS) {
			Norm norm = NORMS.get(definition.key());
			if (norm != null && !PERIOD_COUNTS.contains(definition.key()) && norms.get(norm) > 0) {
				targets.put(definition.key(), (double) norms.get(norm) * (norm.period() == Norm.Period.QUARTER ? 4 : 1));
			}
		}
		return targets;
	}

	/** Leaves out the values of indicators whose norm the vendor set to zero. */
	private static Map<String, Double> withoutWaived(Map<String, Double> values, Map<Norm, Integer> norms) {
		Map<String, Double> kept = new HashMap<>(values);
		NORMS.forEach((key, norm) -> {
			if (norms.get(norm) == 0) {
				kept.remove(key);
			}
		});
		return kept;
	}

	@Override
	public Contribution contribute(VendorProgramme programme, Set<UUID> partnerships, Quarter first, Quarter last) {
		Map<Norm, Integer> targets = norms.targetsOf(programme.vendorId());
		Map<UUID, PartnershipContact> contact = statistics.contact(programme, first, last, partnerships);
		Map<UUID, Map<String, Double>> values = new HashMap<>();
		Map<UUID, Map<String, String>> facts = new HashMap<>();
		for (UUID id : partnerships) {
			PartnershipContact c = contact.get(id);
			if (c == null) {
				continue;
			}
			values.put(id, withoutWaived(Map.of("events_attended", (double) c.eventsAttended(), "trainings", (double) c.trainings(),
					"certifications", (double) c.certifications(), "partner_initiated_contact", (double) c.partnerInitiated(),
					"communication_regularity", c.contactShare(), "direct_meetings", (double) c.directMeetings(),
					"executive_contact", (double) c.executiveContacts(), "product_briefings", (double) c.productBriefings(),
					"conference_invitations", (double) c.conferenceInvitations()), targets));
			facts.put(id, Map.of("communication", c.communication().name(), "contactQuarters",
					c.contactQuarters() + "/" + c.quarters(), "longestGapDays", Long.toString(c.longestGapDays())));
		}
		return new Contribution(values, facts);
	}

	@Override
	public Map<String, Double> channelValues(VendorProgramme programme, Quarter first, Quarter last) {
		ChannelActivity a = statistics.channel(programme, first, last);
		Map<String, Double> values = new HashMap<>();
		values.put("conference_held", (double) a.conferences());
		if (a.conferences() > 0) {
			values.put("conference_free", a.freeConferences() > 0 ? 1d : 0d);
			values.put("conference_press_invited", a.pressInvitedConferences() > 0 ? 1d : 0d);
		}
		values.put("press_briefings", (double) a.pressBriefings());
		if (a.pressInquiries() > 0) {
			values.put("press_inquiries_answered", (double) a.answeredInquiries() / a.pressInquiries());
		}
		values.put("ceo_press_presence", (double) a.executivePressQuarters());
		values.put("independent_events", (double) a.independentEvents());
		values.put("channel_marketing", (double) a.marketingMonths());
		return withoutWaived(values, norms.targetsOf(programme.vendorId()));
	}

	@Override
	public List<CadenceResult> cadence(VendorProgramme programme, Quarter quarter) {
		return norms.checkUnscoped(programme, quarter).stream()
			.map(c -> new CadenceResult(c.norm().name(), c.target(), c.actual(), c.of(), c.met(),
					CadenceResult.Standing.valueOf(c.standing().name())))
			.toList();
	}
}
