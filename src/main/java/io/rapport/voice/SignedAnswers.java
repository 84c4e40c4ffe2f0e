package io.rapport.voice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers partners signed about a vendor: the only answers a vendor may read as one partner's
 * (DESIGN §4 keeps the rest anonymous). Unscoped: callers check the caller's right to the vendor.
 */
@Service
@Transactional(readOnly = true)
public class SignedAnswers {

	private final JdbcClient jdbc;

	SignedAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Partner id → its signed answers about the vendor given up to the day, oldest first. */
	public Map<UUID, List<SignedAnswer>> about(UUID vendorId, ZoneId zone, LocalDate until) {
		Map<UUID, List<SignedAnswer>> answers = new HashMap<>();
		jdbc.sql("""
				select r.partner_id, s.title, r.answered_at, r.nps, avg(g.rating) as mean_rating
				from survey_response r join survey s on s.id = r.survey_id
				left join survey_rating g on g.response_id = r.id
				where r.vendor_id = ? and r.signed and r.answered_at < ?
				group by r.id, r.partner_id, s.title, r.answered_at, r.nps
				order by r.partner_id, r.answered_at""")
			.params(vendorId, java.sql.Timestamp.from(until.plusDays(1).atStartOfDay(zone).toInstant()))
			.query(rs -> {
				double mean = rs.getDouble("mean_rating");
				answers.computeIfAbsent(rs.getObject("partner_id", UUID.class), k -> new ArrayList<>())
					.add(new SignedAnswer(rs.getString("title"),
							rs.getTimestamp("answered_at").toInstant().atZone(zone).toLocalDate(), rs.getInt("nps"),
							rs.wasNull() ? null : mean));
			});
		return answers;
	}

	/**
	 * @param meanRating the mean of its 0–10 ratings; null if it rated no criterion
	 */
	public record SignedAnswer(String survey, LocalDate answeredOn, int nps, Double meanRating) {
	}
}
