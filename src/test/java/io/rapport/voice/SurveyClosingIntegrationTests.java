package io.rapport.voice;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Programme;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, nothing lost when the process dies: a wave's closing is published exactly once, even
 * when the run of its day was missed (the process was down, or died in it), when two runs meet and
 * when its runner had closed it early.
 */
@RapportIntegrationTest
class SurveyClosingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	SurveyClosing closing;

	@Autowired
	JdbcClient jdbc;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));

	@Test
	void closesAWaveWhoseRunWasMissedExactlyOnce() throws Exception {
		Programme programme = programmes.vendor("Closing Vendor");
		programmes.partner(programme, "Silver", LocalDate.of(2024, 1, 1));
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		UUID early = wave(chief, programme, "Closed early", today, today.plusDays(1));
		assertThat(chief.post("/api/v1/surveys/" + early + "/close", "").status()).isEqualTo(200);
		UUID missed = wave(chief, programme, "Missed run", today.plusDays(2), today.plusDays(9));
		// The calendar moves on: both waves are over, the second's last day three days ago, and no run has happened since.
		jdbc.sql("update survey set opens_on = ?, closes_on = ?, closed_early_on = ? where id = ?")
			.params(Date.valueOf(today.minusDays(12)), Date.valueOf(today.minusDays(8)), Date.valueOf(today.minusDays(9)), early)
			.update();
		jdbc.sql("update survey set opens_on = ?, closes_on = ? where id = ?")
			.params(Date.valueOf(today.minusDays(7)), Date.valueOf(today.minusDays(3)), missed).update();

		// Two runs at once, as on two nodes, then the next morning's.
		ExecutorService runs = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> twice = List.of(closing::closeDueWaves, closing::closeDueWaves);
			for (Future<Integer> run : runs.invokeAll(twice)) {
				run.get();
			}
		}
		finally {
			runs.shutdown();
		}
		closing.closeDueWaves();

		assertThat(jdbc.sql("select closed_on from survey where id = ?").param(missed).query(LocalDate.class).single())
			.isEqualTo(today.minusDays(3));
		assertThat(closings(programme.vendorId(), today.minusDays(3))).as("the missed wave's closing, once").isEqualTo(1);
		assertThat(closings(programme.vendorId(), today)).as("the early close's, once").isEqualTo(1);
		assertThat(closings(programme.vendorId(), today.minusDays(8))).as("not closed again by a run").isZero();
		assertThat(chief.get("/api/v1/surveys/" + missed).json().get("status").asString()).isEqualTo("CLOSED");
	}

	private static UUID wave(ApiClient chief, Programme programme, String title, LocalDate opensOn, LocalDate closesOn) {
		ApiClient.Response created = chief.post("/api/v1/surveys", """
				{"title":"%s","vendorIds":["%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(title, programme.vendorId(), opensOn, closesOn));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	/** Closings published for the vendor: each asks the engagement engine to recompute from the wave's last day. */
	private long closings(UUID vendorId, LocalDate since) {
		return jdbc.sql("""
				select count(*) from event_publication where event_type like '%EngagementInputsChanged'
				and serialized_event::jsonb ->> 'vendorId' = ? and serialized_event::jsonb ->> 'since' = ?""")
			.params(vendorId.toString(), since.toString()).query(Long.class).single();
	}
}
