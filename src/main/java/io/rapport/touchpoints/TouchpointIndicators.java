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

	@Override
	public Contribution contribute(VendorProgramme programme, Set<UUID> partnerships, Quarter first, Quarter last) {
		Map<UUID, PartnershipContact> contact = statistics.contact(programme, first, last, partnerships);
		Map<UUID, Map<String, Double>> values = new HashMap<>();
		Map<UUID, Map<String, String>> facts = new HashMap<>();
		for (UUID id : partnerships) {
			PartnershipContact c = contact.get(id);
			if (c == null) {
				continue;
			}
			values.put(id, Map.of("events_attended", (double) c.eventsAttended(), "trainings", (double) c.trainings(),
					"certifications", (double) c.certifications(), "partner_initiated_contact", (double) c.partnerInitiated(),
					"communication_regularity", c.contactShare(), "direct_meetings", (double) c.directMeetings(),
					"executive_contact", (double) c.executiveContacts(), "product_briefings", (double) c.productBriefings(),
					"conference_invitations", (double) c.conferenceInvitations()));
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
		return values;
	}

	@Override
	public List<CadenceResult> cadence(VendorProgramme programme, Quarter quarter) {
		return norms.checkUnscoped(programme, quarter).stream()
			.map(c -> new CadenceResult(c.norm().name(), c.target(), c.actual(), c.of(), c.met()))
			.toList();
	}
}
