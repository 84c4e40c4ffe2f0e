package io.rapport.voice;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.HeldTransaction;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.DomainRuleException;
import io.rapport.common.tenancy.Caller;
import io.rapport.identity.UserDirectory;
import io.rapport.identity.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12: a wave closed while a partner is answering. The results shown once a wave closes are
 * final, so no answer may be committed after the close: an answer that comes in while the close
 * is being committed is refused, and a close that comes while an answer is being committed waits
 * for it and then counts it.
 */
@RapportIntegrationTest
class SurveyCloseConcurrencyIntegrationTests {

	@Autowired
	TestProgrammes programmes;

	@Autowired
	Surveys surveys;

	@Autowired
	Responses responses;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void refusesAnAnswerThatWouldBeCommittedAfterTheClose() {
		Wave wave = openWave();
		HeldTransaction<SurveyView> close = HeldTransaction.start("close", transactions, jdbc, wave.chief(),
				() -> surveys.close(wave.surveyId()));
		close.awaitWorked();
		HeldTransaction<ResponseView> answer = HeldTransaction.start("late-answer", transactions, jdbc, wave.partner(),
				() -> responses.answer(wave.surveyId(), wave.answer()));
		// Without a lock the answer goes through at once, still seeing the wave open, and commits after the close.
		answer.awaitBlockedByOrWorked(close);
		assertThat(close.commit().closed()).isTrue();

		assertThatThrownBy(answer::commit).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("answers can no longer change");
		assertThat(answersTo(wave)).isZero();
	}

	@Test
	void closesOnlyOnceAnAnswerBeingGivenIsIn() {
		Wave wave = openWave();
		HeldTransaction<ResponseView> answer = HeldTransaction.start("answer", transactions, jdbc, wave.partner(),
				() -> responses.answer(wave.surveyId(), wave.answer()));
		answer.awaitWorked();
		HeldTransaction<SurveyView> close = HeldTransaction.start("close", transactions, jdbc, wave.chief(),
				() -> surveys.close(wave.surveyId()));
		close.release();
		close.awaitBlockedByOrWorked(answer);
		assertThat(close.worked()).as("the close waits for the answer being given").isFalse();
		assertThat(answer.commit().nps()).isEqualTo(9);

		assertThat(close.commit().closed()).isTrue();
		assertThat(answersTo(wave)).isEqualTo(1);
	}

	private Wave openWave() {
		Programme programme = programmes.vendor("Concurrent Survey Vendor");
		Partner partner = programmes.partner(programme, "Gold", java.time.LocalDate.of(2024, 1, 1));
		UserView admin = users.findByEmail(partner.adminEmail()).orElseThrow();
		Caller partnerAdmin = new Caller(admin.id(), admin.email(), admin.name(), admin.organizationId(), admin.roles());
		SurveyView survey = TestProgrammes.as(programme.chief(), () -> surveys.create(new NewSurvey("Spring pulse",
				List.of(programme.vendorId()), Surveys.today(), Surveys.today().plusDays(14))));
		assertThat(survey.open()).isTrue();
		return new Wave(survey.id(), programme.chief(), partnerAdmin,
				new NewResponse(programme.vendorId(), 9, Map.of(), Map.of(), null, false, false));
	}

	private long answersTo(Wave wave) {
		return jdbc.sql("select count(*) from survey_response where survey_id = ?").param(wave.surveyId()).query(Long.class)
			.single();
	}

	private record Wave(UUID surveyId, Caller chief, Caller partner, NewResponse answer) {
	}
}
