package io.rapport.touchpoints.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipStatus;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerSearchTests {

	private static PartnershipEntry entry(String name, String nip, LocalDate ended) {
		return new PartnershipEntry(UUID.randomUUID(), UUID.randomUUID(), name, nip, "Gold", 3, LocalDate.of(2024, 1, 1), ended,
				ended == null ? PartnershipStatus.ACTIVE : PartnershipStatus.ENDED, null);
	}

	@Test
	void findsANameTypedWithoutCaseOrPolishLetters() {
		PartnershipEntry poznan = entry("Integrator Poznań sp. z o.o.", "7770001234", null);
		PartnershipEntry lodz = entry("Łódzkie Sieci S.A.", "7250005678", null);
		List<PartnershipEntry> register = List.of(poznan, lodz, entry("Kraków IT", "6760009999", null));
		assertThat(PartnerSearch.find(register, "poznan", Set.of())).containsExactly(poznan);
		assertThat(PartnerSearch.find(register, "POZNAŃ", Set.of())).containsExactly(poznan);
		assertThat(PartnerSearch.find(register, "lodzkie", Set.of())).containsExactly(lodz);
		assertThat(PartnerSearch.find(register, "725000", Set.of())).containsExactly(lodz);
		assertThat(PartnerSearch.find(register, "  ", Set.of())).isEmpty();
	}

	@Test
	void leavesOutThoseChosenAlreadyAndPutsEndedPartnershipsLastAtMostTen() {
		PartnershipEntry ended = entry("Alfa Ended", null, LocalDate.of(2025, 6, 30));
		PartnershipEntry chosen = entry("Alfa Chosen", null, null);
		List<PartnershipEntry> register = new ArrayList<>(List.of(ended, chosen));
		for (int i = 0; i < 12; i++) {
			register.add(entry("Alfa %02d".formatted(i), null, null));
		}
		List<PartnershipEntry> found = PartnerSearch.find(register, "alfa", Set.of(chosen.partnershipId()));
		assertThat(found).hasSize(PartnerSearch.MOST).doesNotContain(chosen, ended);
		assertThat(PartnerSearch.find(List.of(ended, chosen), "alfa", Set.of())).containsExactly(chosen, ended);
	}
}
