package io.rapport.demo.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Fictional Polish integrators: names, cities, tax office prefixes. */
final class PolishNames {

	static final List<String> SURNAMES = List.of("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
			"Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
			"Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Adamczyk",
			"Dudek", "Zając", "Wieczorek", "Jabłoński", "Król", "Majewski", "Olszewski", "Jaworski", "Malinowski",
			"Stępień", "Górski", "Rutkowski", "Sikora", "Baran", "Duda", "Szewczyk", "Tomaszewski", "Pietrzak");

	static final List<String> STEMS = List.of("Vistula", "Bałtyk", "Tatry", "Mazowsze", "Warta", "Odra", "Sudety",
			"Kaszuby", "Podhale", "Orzeł", "Sokół", "Bursztyn", "Wawel", "Żuraw", "Lech", "Polan", "Gryf", "Jantar",
			"Kopernik", "Skałka", "Dunajec", "Hel", "Bieszczady", "Narew", "Pilica", "Mewa", "Rysy", "Giewont");

	static final List<String> TRADES = List.of("Systemy", "Integracja", "IT Serwis", "Technologie", "Sieci",
			"Informatyka", "Data", "Soft", "Cloud", "Net", "Komputery", "Bezpieczeństwo IT", "Infrastruktura", "Telekom");

	static final List<String> LEGAL_FORMS = List.of("sp. z o.o.", "S.A.", "sp. j.", "sp. z o.o. sp.k.");

	static final List<String> CITIES = List.of("Warszawa", "Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź", "Katowice",
			"Lublin", "Szczecin", "Bydgoszcz", "Białystok", "Rzeszów", "Toruń", "Kielce", "Olsztyn", "Opole", "Gliwice",
			"Częstochowa", "Radom", "Zielona Góra", "Gdynia", "Bielsko-Biała");

	static final List<String> FIRST_NAMES = List.of("Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Marcin",
			"Agnieszka", "Paweł", "Joanna", "Michał", "Ewa", "Krzysztof", "Monika", "Jakub", "Aleksandra", "Łukasz");

	private PolishNames() {
	}

	static String companyName(SplittableRandom random) {
		String trade = pick(random, TRADES);
		String form = pick(random, LEGAL_FORMS);
		return switch (random.nextInt(3)) {
			case 0 -> pick(random, SURNAMES) + " " + trade + " " + form;
			case 1 -> pick(random, STEMS) + " " + trade + " " + form;
			default -> pick(random, STEMS) + "-" + pick(random, SURNAMES) + " " + form;
		};
	}

	static String personName(SplittableRandom random) {
		String first = pick(random, FIRST_NAMES);
		String surname = pick(random, SURNAMES);
		// Polish surnames ending in -ski agree with a woman's first name.
		if (first.endsWith("a") && surname.endsWith("ski")) {
			surname = surname.substring(0, surname.length() - 1) + "a";
		}
		return first + " " + surname;
	}

	/** Lower-case ASCII for domains and e-mail addresses ("Wiśniewski Sieci" → "wisniewski-sieci"). */
	static String ascii(String text) {
		return Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
	}

	static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
