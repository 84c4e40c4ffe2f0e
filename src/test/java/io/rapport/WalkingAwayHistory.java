package io.rapport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.rapport.TestProgrammes.Partner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history the early-warning tests read, imported through the API: two years of weekly sales
 * for every partner, of which the first stopped fifteen weeks ago; the first two came to
 * trainings until thirty weeks ago, the second's certification runs out; partners from
 * {@code metFrom} on meet their CAM every month, the others never.
 */
public final class WalkingAwayHistory {

	private WalkingAwayHistory() {
	}

	public static void importFor(ApiClient chief, String prefix, List<Partner> partners, LocalDate today, int metFrom) {
		StringBuilder sales = new StringBuilder("external_id,partner_tax_id,closed_on,amount,currency,category\n");
		StringBuilder touchpoints = new StringBuilder("external_id,type,occurred_at,title,partner_tax_id\n");
		for (int i = 0; i < partners.size(); i++) {
			Partner partner = partners.get(i);
			LocalDate last = i == 0 ? today.minusWeeks(15) : today.minusDays(1 + i % 6);
			for (LocalDate day = today.minusYears(2).plusDays(i % 7); !day.isAfter(last); day = day.plusDays(7)) {
				sales.append("%s-%d-%s,%s,%s,100.00,PLN,PRODUCT\n".formatted(prefix, i, day, partner.taxId(), day));
			}
			if (i == 0 || i == 1) {
				// Trainings every six weeks from 76 to 30 weeks ago, then none.
				for (int weeks = 76; weeks >= 30; weeks -= 6) {
					touchpoints.append("%s-T-%d-%d,TRAINING,%s 10:00,Szkolenie,%s\n".formatted(prefix, i, weeks,
							today.minusWeeks(weeks), partner.taxId()));
				}
			}
			if (i == 1) {
				touchpoints.append("%s-C-1,CERTIFICATION,%s 12:00,Certyfikat,%s\n".formatted(prefix, today.minusWeeks(100),
						partner.taxId()));
			}
			if (i >= metFrom) {
				for (LocalDate day = today.minusWeeks(60); day.isBefore(today); day = day.plusDays(30)) {
					touchpoints.append("%s-M-%d-%s,CAM_MEETING,%s 09:00,QBR,%s\n".formatted(prefix, i, day, day, partner.taxId()));
				}
			}
		}
		assertThat(chief.upload("/api/v1/imports/sales", "sales.csv", sales.toString().getBytes(StandardCharsets.UTF_8)).status())
			.isEqualTo(200);
		ApiClient.Response imported = chief.upload("/api/v1/imports/touchpoints", "touchpoints.csv",
				touchpoints.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
	}
}
