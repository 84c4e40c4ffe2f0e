package io.rapport.engagement.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import io.rapport.common.Money;
import io.rapport.common.PageOf;
import io.rapport.common.web.lists.Paging;
import io.rapport.common.web.lists.Sorting;
import io.rapport.engagement.PartnershipEngagement;
import io.rapport.engagement.Quadrant;
import io.rapport.organizations.ChannelPeople;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.Person;

/**
 * Joins a quarter's engagement rows with what the list shows beside them (quadrant, revenue, CAM)
 * and filters, orders and pages them. The rows are the vendor's whole programme, already in memory
 * (the dashboard's charts need them all), so this costs no further query beyond the CAMs' names.
 */
@Component
class EngagementListing {

	/** Asked for as {@code cam=none}: partnerships without a channel account manager. */
	static final String NO_CAM = "none";

	private final ChannelPeople people;

	EngagementListing(ChannelPeople people) {
		this.people = people;
	}

	/** Every line of the quarter, unfiltered, in no particular order. */
	List<EngagementLine> lines(List<PartnershipEngagement> rows, Quadrant quadrant, List<PartnershipEntry> register) {
		Map<UUID, Quadrant.Point> points = new HashMap<>();
		quadrant.points().forEach(p -> points.put(p.partnershipId(), p));
		Map<UUID, PartnershipEntry> entries = new HashMap<>();
		register.forEach(e -> entries.put(e.partnershipId(), e));
		Map<UUID, Person> cams = camsById(register);
		return rows.stream().map(row -> {
			Quadrant.Point point = points.get(row.partnershipId());
			PartnershipEntry entry = entries.get(row.partnershipId());
			Money revenue = point == null ? null : point.revenue();
			Person cam = entry == null || entry.channelManagerId() == null ? null : cams.get(entry.channelManagerId());
			return new EngagementLine(row, entry == null ? 0 : entry.tierRank(), point == null ? null : point.quadrant(), revenue,
					cam);
		}).toList();
	}

	/** The CAMs named on the programme's partnerships, by name: the choices of the CAM filter. */
	List<Person> cams(Collection<PartnershipEntry> register) {
		return camsById(List.copyOf(register)).values().stream().sorted(Comparator.comparing(Person::name)).toList();
	}

	/** The lines that pass the filters, in the order asked for. */
	List<EngagementLine> select(List<EngagementLine> lines, EngagementFilter filter, Sorting<EngagementSort> sorting) {
		Predicate<EngagementLine> keep = line -> true;
		if (filter.quadrant() != null) {
			keep = keep.and(line -> filter.quadrant().equals(line.quadrant()));
		}
		if (filter.tier() != null) {
			keep = keep.and(line -> filter.tier().equalsIgnoreCase(line.engagement().tier()));
		}
		if (filter.communication() != null) {
			keep = keep.and(line -> filter.communication().equals(line.communication()));
		}
		if (filter.cam() != null) {
			keep = keep.and(line -> NO_CAM.equals(filter.cam()) ? line.cam() == null
					: line.cam() != null && filter.cam().equals(line.cam().id().toString()));
		}
		return lines.stream().filter(keep).sorted(sorting.key().comparator(sorting.ascending())).toList();
	}

	/** One page of the selected lines; a page past the end is the last. */
	static PageOf<EngagementLine> page(List<EngagementLine> selected, Paging requested) {
		Paging paging = requested.within(selected.size());
		int from = (int) Math.min(paging.offset(), selected.size());
		int to = Math.min(from + paging.size(), selected.size());
		return PageOf.of(List.copyOf(selected.subList(from, to)), paging.page(), paging.size(), selected.size());
	}

	private Map<UUID, Person> camsById(List<PartnershipEntry> register) {
		List<UUID> ids = register.stream().map(PartnershipEntry::channelManagerId).filter(Objects::nonNull).distinct().toList();
		return ids.isEmpty() ? Map.of() : people.find(ids);
	}

	/**
	 * The list's filters as a request names them; a value the list does not know filters nothing
	 * rather than failing the page.
	 */
	record EngagementFilter(String quadrant, String tier, String cam, String communication) {

		static final List<String> QUADRANTS = List.of(Quadrant.CHAMPION, Quadrant.TRANSACTIONAL, Quadrant.RISING,
				Quadrant.DORMANT);

		static final List<String> COMMUNICATIONS = List.of("REGULAR", "SPORADIC");

		EngagementFilter {
			quadrant = known(quadrant, QUADRANTS);
			communication = known(communication, COMMUNICATIONS);
			tier = tier == null || tier.isBlank() ? null : tier.strip();
			cam = cam == null || cam.isBlank() ? null : cam.strip().toLowerCase(Locale.ROOT);
		}

		private static String known(String value, List<String> known) {
			if (value == null) {
				return null;
			}
			String upper = value.strip().toUpperCase(Locale.ROOT);
			return known.contains(upper) ? upper : null;
		}
	}
}
