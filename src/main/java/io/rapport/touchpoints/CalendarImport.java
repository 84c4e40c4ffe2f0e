package io.rapport.touchpoints;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.rapport.common.imports.ImportRejectedException;
import io.rapport.common.imports.ImportReport;
import io.rapport.common.imports.RowError;
import io.rapport.common.text.TextLimits;
import io.rapport.common.text.Texts;
import io.rapport.identity.Seniority;
import io.rapport.identity.UserDirectory;
import io.rapport.organizations.OrganizationDirectory;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.touchpoints.importing.CalendarAttendee;
import io.rapport.touchpoints.importing.CalendarFileException;
import io.rapport.touchpoints.importing.CalendarFileReader;
import io.rapport.touchpoints.importing.CalendarOccurrence;

/**
 * Turns a calendar export into touchpoints. The partners at a meeting are found by the e-mail
 * domains of its attendees and organiser; the kind by its categories, else by the words of its
 * summary, else it is a CAM meeting; the seniority by the most senior of the vendor's people who
 * did not decline; the direction by who organised it. An entry without partners is an internal
 * meeting and is skipped, unless its kind addresses the whole channel (a conference, a webinar).
 * Each occurrence's key (UID and original start) is its external id, so importing the same
 * calendar again changes nothing.
 */
@Component
class CalendarImport {

	/** An external id has at most 300 characters; a longer key is shortened to a stable digest. */
	private static final int MAX_KEY = 300;

	private final TouchpointLedger ledger;

	private final PartnershipQueries partnerships;

	private final OrganizationDirectory organizations;

	private final UserDirectory users;

	private final CalendarKeywords keywords;

	private final TouchpointTypes types;

	private final Clock clock;

	CalendarImport(TouchpointLedger ledger, PartnershipQueries partnerships, OrganizationDirectory organizations,
			UserDirectory users, CalendarKeywords keywords, TouchpointTypes types, Clock clock) {
		this.clock = clock;
		this.ledger = ledger;
		this.partnerships = partnerships;
		this.organizations = organizations;
		this.users = users;
		this.keywords = keywords;
		this.types = types;
	}

	static boolean isCalendar(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			String head = new String(in.readNBytes(64), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
			return head.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15);
		}
	}

	/** Stores the calendar's touchpoints in the current transaction; the caller publishes and rolls back. */
	Outcome importCalendar(Path file, UUID vendorId, UUID userId, ZoneId zone, LocalDate from, LocalDate to) {
		List<CalendarOccurrence> occurrences;
		try (InputStream in = Files.newInputStream(file)) {
			// What has not happened yet is a plan, not a touchpoint: the range ends now at the latest.
			Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
			Instant now = Instant.now(clock);
			occurrences = CalendarFileReader.read(in, from.atStartOfDay(zone).toInstant(), end.isAfter(now) ? now : end, zone);
		}
		catch (CalendarFileException ex) {
			throw new ImportRejectedException(1, List.of(RowError.of(0, null, ex.code(), ex.arguments())));
		}
		catch (IOException ex) {
			throw new ImportRejectedException(1, List.of(RowError.of(0, null, "import.rule.unreadable", ex.getMessage())));
		}
		Set<String> vendorDomains = new HashSet<>();
		organizations.find(vendorId).domains().forEach(d -> vendorDomains.add(d.toLowerCase(Locale.ROOT)));
		Map<String, UUID> partnerDomains = partnerships.partnerDomains(vendorId);
		List<PartnershipEntry> register = partnerships.register(vendorId);
		Map<String, Seniority> seniority = users.seniorityByEmail(vendorId);
		Map<String, TouchpointKind> rules = keywords.rulesOf(vendorId);
		Outcome outcome = new Outcome();
		for (CalendarOccurrence occurrence : occurrences) {
			LocalDate day = LocalDate.ofInstant(occurrence.start(), zone);
			Set<UUID> reached = new LinkedHashSet<>();
			for (String email : emails(occurrence)) {
				UUID partner = partnerDomains.get(domain(email));
				if (partner != null) {
					inForce(register, partner, day).ifPresent(reached::add);
				}
			}
			TouchpointKind kind = kind(vendorId, occurrence, rules, !reached.isEmpty());
			if (reached.isEmpty() && !kind.usuallyChannelWide()) {
				outcome.skipped++;
				continue;
			}
			String organizer = occurrence.organizerEmail();
			Direction direction = organizer != null && partnerDomains.containsKey(domain(organizer)) ? Direction.PARTNER_TO_VENDOR
					: kind.usuallyChannelWide() ? Direction.VENDOR_TO_PARTNER : Direction.MUTUAL;
			Touchpoint touchpoint = new Touchpoint(kind, kind.name(), occurrence.start(), title(occurrence), direction,
					Set.copyOf(reached), mostSenior(occurrence, vendorDomains, seniority), TouchpointSource.CALENDAR,
					key(occurrence.occurrenceKey()), null, null, null, null);
			TouchpointLedger.Saved saved = ledger.save(vendorId, touchpoint, userId);
			outcome.counts[saved.outcome().ordinal()]++;
			if (saved.earliest() != null && (outcome.earliest == null || saved.earliest().isBefore(outcome.earliest))) {
				outcome.earliest = saved.earliest();
			}
			if (saved.outcome() != TouchpointLedger.Outcome.UNCHANGED) {
				outcome.reached.addAll(reached);
				outcome.channelWide |= reached.isEmpty();
			}
		}
		return outcome;
	}

	private TouchpointKind kind(UUID vendorId, CalendarOccurrence occurrence, Map<String, TouchpointKind> rules,
			boolean withPartners) {
		for (String category : occurrence.categories()) {
			Optional<TouchpointType> type = types.resolve(vendorId, category);
			if (type.isPresent()) {
				return type.get().kind();
			}
		}
		return CalendarKeywords.match(rules, occurrence.summary())
			.or(() -> occurrence.categories().stream().map(c -> CalendarKeywords.match(rules, c)).flatMap(Optional::stream).findFirst())
			.orElse(withPartners ? TouchpointKind.CAM_MEETING : TouchpointKind.KEY_PARTNER_MEETING);
	}

	/** The most senior of the vendor's people present: the organiser and invitees who did not decline. */
	private static Seniority mostSenior(CalendarOccurrence occurrence, Set<String> vendorDomains,
			Map<String, Seniority> seniority) {
		Seniority best = null;
		List<String> present = new ArrayList<>();
		if (occurrence.organizerEmail() != null) {
			present.add(occurrence.organizerEmail());
		}
		occurrence.attendees().stream().filter(a -> !a.declined()).map(CalendarAttendee::email).forEach(present::add);
		for (String email : present) {
			if (!vendorDomains.contains(domain(email))) {
				continue;
			}
			Seniority s = seniority.getOrDefault(email, Seniority.STAFF);
			if (best == null || s.ordinal() > best.ordinal()) {
				best = s;
			}
		}
		return best;
	}

	private static Optional<UUID> inForce(List<PartnershipEntry> register, UUID partnerId, LocalDate day) {
		return register.stream()
			.filter(e -> e.partnerId().equals(partnerId) && e.activeDuring(day, day))
			.map(PartnershipEntry::partnershipId)
			.findFirst();
	}

	private static List<String> emails(CalendarOccurrence occurrence) {
		List<String> emails = new ArrayList<>();
		if (occurrence.organizerEmail() != null) {
			emails.add(occurrence.organizerEmail());
		}
		occurrence.attendees().forEach(a -> emails.add(a.email()));
		return emails;
	}

	private static String domain(String email) {
		int at = email.lastIndexOf('@');
		return at < 0 ? "" : email.substring(at + 1).toLowerCase(Locale.ROOT);
	}

	private static String title(CalendarOccurrence occurrence) {
		String summary = occurrence.summary().isBlank() ? "(no title)" : occurrence.summary();
		return Texts.clip(summary, TextLimits.TITLE);
	}

	private static String key(String occurrenceKey) {
		if (occurrenceKey.length() <= MAX_KEY) {
			return occurrenceKey;
		}
		return "ics-sha256:" + java.util.HexFormat.of().formatHex(sha256(occurrenceKey));
	}

	private static byte[] sha256(String text) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** What an import did. */
	static final class Outcome {

		final long[] counts = new long[TouchpointLedger.Outcome.values().length];

		final Set<UUID> reached = new HashSet<>();

		boolean channelWide;

		/** When the earliest added or corrected touchpoint occurred, a corrected one's former time included. */
		Instant earliest;

		long skipped;

		ImportReport report(boolean dryRun) {
			long added = counts[TouchpointLedger.Outcome.ADDED.ordinal()];
			long corrected = counts[TouchpointLedger.Outcome.CORRECTED.ordinal()];
			return new ImportReport(added + corrected, corrected, counts[TouchpointLedger.Outcome.UNCHANGED.ordinal()], 0, skipped,
					dryRun, List.of());
		}

	}
}
