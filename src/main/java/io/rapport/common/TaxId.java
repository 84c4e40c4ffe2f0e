package io.rapport.common;

/**
 * An organisation's tax id. For Poland it is a NIP, validated by its checksum and kept as ten
 * digits; other countries' VAT ids are kept as given, since Rapport cannot check them.
 */
public record TaxId(String country, String value) {

	private static final int[] NIP_WEIGHTS = { 6, 5, 7, 2, 3, 4, 5, 6, 7 };

	public TaxId {
		if (value == null || value.isBlank()) {
			throw new ValueRefusedException("value.taxId.empty");
		}
	}

	/**
	 * Reads a tax id as typed by a person ({@code 526-000-12-46}, {@code PL5260001246}).
	 * @throws IllegalArgumentException for a Polish NIP with a wrong length or checksum
	 */
	public static TaxId of(String country, String raw) {
		String trimmed = raw == null ? "" : raw.trim();
		if ("PL".equalsIgnoreCase(country)) {
			String digits = trimmed.replaceFirst("(?i)^PL", "").replaceAll("[\\s-]", "");
			if (!isValidNip(digits)) {
				throw new ValueRefusedException("value.taxId.nip", raw);
			}
			return new TaxId("PL", digits);
		}
		return new TaxId(country == null ? null : country.toUpperCase(), trimmed);
	}

	/** Whether ten digits form a NIP whose last digit is the weighted checksum of the first nine. */
	public static boolean isValidNip(String digits) {
		if (digits == null || !digits.matches("\\d{10}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += NIP_WEIGHTS[i] * (digits.charAt(i) - '0');
		}
		int check = sum % 11;
		return check != 10 && check == digits.charAt(9) - '0';
	}

	/** Completes nine digits into a valid NIP, or returns null when no check digit fits. */
	public static String completeNip(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += NIP_WEIGHTS[i] * (nineDigits.charAt(i) - '0');
		}
		int check = sum % 11;
		return check == 10 ? null : nineDigits + check;
	}

	@Override
	public String toString() {
		return value;
	}
}
