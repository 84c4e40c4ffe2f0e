package io.rapport.touchpoints;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.text.TextLimits;
import io.rapport.common.text.Texts;

/**
 * The words in a calendar entry's summary that tell what kind of touchpoint it is, in Polish and
 * English. A vendor may replace the defaults with its own; the first rule whose word appears in
 * the summary (case and diacritics ignored) wins, longer words first so "partner conference"
 * beats "conference".
 */
@Service
@Transactional(readOnly = true)
public class CalendarKeywords {

	static final Map<String, TouchpointKind> DEFAULTS = defaults();

	private final JdbcClient jdbc;

	CalendarKeywords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static Map<String, TouchpointKind> defaults() {
		Map<String, TouchpointKind> rules = new LinkedHashMap<>();
		for (String word : List.of("konferencja partnerska", "partner conference", "partner summit", "kongres partnerski")) {
			rules.put(word, TouchpointKind.PARTNER_CONFERENCE);
		}
		for (String word : List.of("briefing prasowy", "press briefing", "spotkanie z prasa", "konferencja prasowa", "press conference")) {
			rules.put(word, TouchpointKind.PRESS_BRIEFING);
		}
		for (String word : List.of("wywiad", "interview", "pytanie redakcji", "press inquiry")) {
			rules.put(word, TouchpointKind.PRESS_INQUIRY);
		}
		for (String word : List.of("qbr", "przeglad kwartalny", "quarterly business review", "business review")) {
			rules.put(word, TouchpointKind.CAM_MEETING);
		}
		for (String word : List.of("zarzad", "prezes", "ceo", "executive", "board")) {
			rules.put(word, TouchpointKind.EXECUTIVE_MEETING);
		}
		for (String word : List.of("szkolenie", "training", "warsztat", "workshop", "bootcamp")) {
			rules.put(word, TouchpointKind.TRAINING);
		}
		for (String word : List.of("webinar", "webinarium")) {
			rules.put(word, TouchpointKind.WEBINAR);
		}
		for (String word : List.of("certyfikacja", "certification", "egzamin", "exam")) {
			rules.put(word, TouchpointKind.CERTIFICATION);
		}
		for (String word : List.of("prezentacja produktu", "nowosci produktowe", "product briefing", "roadmap", "premiera")) {
			rules.put(word, TouchpointKind.PRODUCT_BRIEFING);
		}
		for (String word : List.of("newsletter", "kampania", "campaign", "mailing")) {
			rules.put(word, TouchpointKind.CHANNEL_MARKETING);
		}
		for (String word : List.of("targi", "forum", "expo", "trade show", "meetup")) {
			rules.put(word, TouchpointKind.INDEPENDENT_EVENT);
		}
		for (String word : List.of("spotkanie z partnerem", "key partner", "kluczowy partner")) {
			rules.put(word, TouchpointKind.KEY_PARTNER_MEETING);
		}
		return rules;
	}

	/** The vendor's rules: its own if it has set any, the defaults otherwise. */
	public Map<String, TouchpointKind> rules(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		return rulesOf(vendorId);
	}

	/**
	 * Replaces the vendor's rules; an empty map goes back to the defaults.
	 * @throws DomainRuleException for a word shorter than two letters
	 */
	@Transactional
	public Map<String, TouchpointKind> replace(UUID vendorId, Map<String, TouchpointKind> rules) {
		Caller caller = CurrentCaller.get();
		caller.requireOwnVendor(vendorId);
		caller.require(Capability.RUN_PROGRAMME);
		jdbc.sql("delete from touchpoint_keyword_rule where vendor_id = ?").param(vendorId).update();
		rules.forEach((word, kind) -> {
			String key = plain(word);
			if (key.length() < 2 || key.length() > TextLimits.CODE || Texts.hasControlCharacter(key, false) || kind == null) {
				throw DomainRuleException.rule("touchpoints.rule.keyword", word);
			}
			jdbc.sql("insert into touchpoint_keyword_rule (vendor_id, keyword, kind) values (?, ?, ?) on conflict do nothing")
				.params(vendorId, key, kind.name()).update();
		});
		return rulesOf(vendorId);
	}

	/** The kind a summary's words give, if any rule matches. */
	static Optional<TouchpointKind> match(Map<String, TouchpointKind> rules, String summary) {
		String text = " " + plain(summary) + " ";
		List<String> words = new ArrayList<>(rules.keySet());
		words.sort((a, b) -> b.length() - a.length());
		for (String word : words) {
			if (text.matches("(?s).*[^\\p{L}\\p{N}]" + java.util.regex.Pattern.quote(word) + "[^\\p{L}\\p{N}].*")) {
				return Optional.of(rules.get(word));
			}
		}
		return Optional.empty();
	}

	Map<String, TouchpointKind> rulesOf(UUID vendorId) {
		Map<String, TouchpointKind> own = new LinkedHashMap<>();
		jdbc.sql("select keyword, kind from touchpoint_keyword_rule where vendor_id = ? order by keyword").param(vendorId)
			.query(rs -> {
				own.put(rs.getString(1), TouchpointKind.valueOf(rs.getString(2)));
			});
		return own.isEmpty() ? DEFAULTS : own;
	}

	static String plain(String text) {
		return Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.trim();
	}
}
