package io.rapport.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.ApiClient;
import io.rapport.HeldTransaction;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12: two people of the channel team record a case's first response at the same moment.
 * Exactly one is kept; the other is refused with 409 and the case keeps the first's time, instead
 * of both being accepted and the later overwriting the earlier.
 */
@RapportIntegrationTest
class SupportCaseConcurrencyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	SupportCases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void keepsOneOfTwoFirstResponsesGivenAtOnceAndRefusesTheOther() {
		Programme programme = programmes.vendor("Concurrent Support Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		OffsetDateTime opened = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
		SupportCaseView opening = TestProgrammes.as(programme.chief(), () -> cases.open(
				new NewSupportCase(partner.partnershipId(), Channel.PHONE, Severity.NORMAL, "Licence server down", opened), "API"));

		HeldTransaction<SupportCaseView> first = HeldTransaction.start("first-response", transactions, jdbc,
				programme.chief(), () -> cases.record(opening.id(),
						new CaseEvent(CaseEvent.Type.FIRST_RESPONSE, opened.plusMinutes(30), null)));
		first.awaitWorked();
		HeldTransaction<SupportCaseView> second = HeldTransaction.start("second-response", transactions, jdbc,
				programme.chief(), () -> cases.record(opening.id(),
						new CaseEvent(CaseEvent.Type.FIRST_RESPONSE, opened.plusMinutes(45), null)));
		second.release();
		second.awaitBlockedBy(first);
		assertThat(first.commit().firstResponseMinutes()).isEqualTo(30);

		assertThatThrownBy(second::commit).isInstanceOf(CaseStateException.class)
			.hasMessageContaining("has its first response already")
			.satisfies(refused -> assertThat(((CaseStateException) refused).status()).isEqualTo(409));
		SupportCaseView kept = TestProgrammes.as(programme.chief(), () -> cases.get(opening.id()));
		assertThat(kept.firstResponseAt()).isEqualTo(opened.plusMinutes(30).toInstant());
		// Sent again through the API once the first is in: the same refusal, as a problem a person understands.
		ApiClient.Response again = ApiClient.as(port, programme.chiefEmail()).post("/api/v1/support-cases/" + opening.id() + "/events",
				"{\"type\":\"FIRST_RESPONSE\",\"at\":\"%s\"}".formatted(opened.plusMinutes(50)));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("detail").asString()).contains("has its first response already");
	}
}
