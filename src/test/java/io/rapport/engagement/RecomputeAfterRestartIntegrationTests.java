package io.rapport.engagement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportApplication;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12, nothing lost when the process dies: a recompute the process died in is finished when
 * the application starts again on the same database. The state a {@code kill -9} leaves is set up
 * exactly: the listener's event publication not completed, and the quarters the recompute had not
 * reached yet still scored with the former weights.
 */
@RapportIntegrationTest
class RecomputeAfterRestartIntegrationTests {

	@Autowired
	TestProgrammes programmes;

	@Autowired
	EngagementWeights weights;

	@Autowired
	JdbcClient jdbc;

	@Test
	void finishesOnStartARecomputeTheProcessDiedIn() {
		Programme programme = programmes.vendor("Restart Vendor");
		for (int i = 0; i < 3; i++) {
			programmes.partner(programme, "Silver", LocalDate.of(2024, 1, 1));
		}
		UUID vendorId = programme.vendorId();
		await().atMost(Duration.ofSeconds(60)).until(() -> quarters(vendorId) >= 2 && outstanding(vendorId) == 0);
		int version = TestProgrammes.as(programme.chief(), () -> weights.save(vendorId, Map.of("revenue", 5.0))).version();
		await().atMost(Duration.ofSeconds(60)).until(() -> scoredWith(vendorId, version) == snapshots(vendorId) && outstanding(vendorId) == 0);

		// The process dies half-way through: the publication stays in progress, the older quarters keep the former weights.
		UUID publication = jdbc.sql("""
				select id from event_publication where event_type like '%EngagementWeightsChanged'
				and serialized_event::jsonb ->> 'vendorId' = ? order by publication_date desc limit 1""")
			.param(vendorId.toString()).query(UUID.class).single();
		jdbc.sql("update event_publication set completion_date = null, status = 'PROCESSING' where id = ?").param(publication).update();
		jdbc.sql("""
				update engagement_snapshot set weights_version = ? where vendor_id = ? and (fiscal_year, fiscal_quarter) <>
				(select fiscal_year, fiscal_quarter from engagement_channel_snapshot where vendor_id = ?
				 order by fiscal_year desc, fiscal_quarter desc limit 1)""")
			.params(version - 1, vendorId, vendorId).update();
		assertThat(scoredWith(vendorId, version)).isLessThan(snapshots(vendorId));

		// The application starts again on the same database, as after a kill -9.
		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(RapportApplication.class).run(
				"--server.port=0", "--rapport.embedded-db.data-dir=target/test-pgdata", "--rapport.embedded-db.clean=false",
				"--logging.level.root=warn")) {
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				assertThat(scoredWith(vendorId, version)).isEqualTo(snapshots(vendorId));
				assertThat(jdbc.sql("select completion_date is not null from event_publication where id = ?")
					.param(publication).query(Boolean.class).single()).as("the publication completed").isTrue();
			});
		}
	}

	/** The vendor's work not finished yet: a second application would take it up too. */
	private long outstanding(UUID vendorId) {
		return jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
			.param("%" + vendorId + "%").query(Long.class).single();
	}

	private long quarters(UUID vendorId) {
		return jdbc.sql("select count(*) from engagement_channel_snapshot where vendor_id = ?").param(vendorId)
			.query(Long.class).single();
	}

	private long snapshots(UUID vendorId) {
		return jdbc.sql("select count(*) from engagement_snapshot where vendor_id = ?").param(vendorId).query(Long.class).single();
	}

	private long scoredWith(UUID vendorId, int version) {
		return jdbc.sql("select count(*) from engagement_snapshot where vendor_id = ? and weights_version = ?")
			.params(vendorId, version).query(Long.class).single();
	}
}
