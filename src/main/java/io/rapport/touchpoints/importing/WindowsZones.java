package io.rapport.touchpoints.importing;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Time zone names as calendars write them: IANA names ({@code Europe/Warsaw}) from Google and
 * Apple, Windows names ({@code Central European Standard Time}) from Outlook and Exchange, mapped to
 * IANA by the "001" territory of CLDR's windowsZones table, and names with a path in front
 * ({@code /freeassociation.sourceforge.net/Europe/Warsaw}) that some tools add.
 */
final class WindowsZones {

	private static final Map<String, String> WINDOWS = Map.ofEntries(
			Map.entry("Dateline Standard Time", "Etc/GMT+12"), Map.entry("UTC-11", "Etc/GMT+11"),
			Map.entry("Hawaiian Standard Time", "Pacific/Honolulu"), Map.entry("Alaskan Standard Time", "America/Anchorage"),
			Map.entry("Pacific Standard Time", "America/Los_Angeles"), Map.entry("US Mountain Standard Time", "America/Phoenix"),
			Map.entry("Mountain Standard Time", "America/Denver"), Map.entry("Central America Standard Time", "America/Guatemala"),
			Map.entry("Central Standard Time", "America/Chicago"),
			Map.entry("Central Standard Time (Mexico)", "America/Mexico_City"),
			Map.entry("Canada Central Standard Time", "America/Regina"), Map.entry("SA Pacific Standard Time", "America/Bogota"),
			Map.entry("Eastern Standard Time", "America/New_York"),
			Map.entry("US Eastern Standard Time", "America/Indiana/Indianapolis"),
			Map.entry("Atlantic Standard Time", "America/Halifax"), Map.entry("Venezuela Standard Time", "America/Caracas"),
			Map.entry("Pacific SA Standard Time", "America/Santiago"), Map.entry("Newfoundland Standard Time", "America/St_Johns"),
			Map.entry("E. South America Standard Time", "America/Sao_Paulo"),
			Map.entry("Argentina Standard Time", "America/Argentina/Buenos_Aires"),
			Map.entry("Greenland Standard Time", "America/Nuuk"), Map.entry("UTC-02", "Etc/GMT+2"),
			Map.entry("Azores Standard Time", "Atlantic/Azores"), Map.entry("Cape Verde Standard Time", "Atlantic/Cape_Verde"),
			Map.entry("UTC", "Etc/UTC"), Map.entry("Coordinated Universal Time", "Etc/UTC"),
			Map.entry("GMT Standard Time", "Europe/London"), Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
			Map.entry("W. Europe Standard Time", "Europe/Berlin"), Map.entry("Central Europe Standard Time", "Europe/Budapest"),
			Map.entry("Romance Standard Time", "Europe/Paris"), Map.entry("Central European Standard Time", "Europe/Warsaw"),
			Map.entry("W. Central Africa Standard Time", "Africa/Lagos"), Map.entry("GTB Standard Time", "Europe/Bucharest"),
			Map.entry("Middle East Standard Time", "Asia/Beirut"), Map.entry("Egypt Standard Time", "Africa/Cairo"),
			Map.entry("E. Europe Standard Time", "Europe/Chisinau"), Map.entry("South Africa Standard Time", "Africa/Johannesburg"),
			Map.entry("FLE Standard Time", "Europe/Kyiv"), Map.entry("Israel Standard Time", "Asia/Jerusalem"),
			Map.entry("Kaliningrad Standard Time", "Europe/Kaliningrad"), Map.entry("Turkey Standard Time", "Europe/Istanbul"),
			Map.entry("Arabic Standard Time", "Asia/Baghdad"), Map.entry("Arab Standard Time", "Asia/Riyadh"),
			Map.entry("Belarus Standard Time", "Europe/Minsk"), Map.entry("Russian Standard Time", "Europe/Moscow"),
			Map.entry("E. Africa Standard Time", "Africa/Nairobi"), Map.entry("Iran Standard Time", "Asia/Tehran"),
			Map.entry("Arabian Standard Time", "Asia/Dubai"), Map.entry("Azerbaijan Standard Time", "Asia/Baku"),
			Map.entry("Georgian Standard Time", "Asia/Tbilisi"), Map.entry("Caucasus Standard Time", "Asia/Yerevan"),
			Map.entry("Afghanistan Standard Time", "Asia/Kabul"), Map.entry("West Asia Standard Time", "Asia/Tashkent"),
			Map.entry("Ekaterinburg Standard Time", "Asia/Yekaterinburg"), Map.entry("Pakistan Standard Time", "Asia/Karachi"),
			Map.entry("India Standard Time", "Asia/Kolkata"), Map.entry("Sri Lanka Standard Time", "Asia/Colombo"),
			Map.entry("Nepal Standard Time", "Asia/Kathmandu"), Map.entry("Central Asia Standard Time", "Asia/Almaty"),
			Map.entry("Bangladesh Standard Time", "Asia/Dhaka"), Map.entry("Myanmar Standard Time", "Asia/Yangon"),
			Map.entry("SE Asia Standard Time", "Asia/Bangkok"), Map.entry("North Asia Standard Time", "Asia/Krasnoyarsk"),
			Map.entry("China Standard Time", "Asia/Shanghai"), Map.entry("Singapore Standard Time", "Asia/Singapore"),
			Map.entry("Taipei Standard Time", "Asia/Taipei"), Map.entry("W. Australia Standard Time", "Australia/Perth"),
			Map.entry("Tokyo Standard Time", "Asia/Tokyo"), Map.entry("Korea Standard Time", "Asia/Seoul"),
			Map.entry("Cen. Australia Standard Time", "Australia/Adelaide"),
			Map.entry("AUS Central Standard Time", "Australia/Darwin"), Map.entry("E. Australia Standard Time", "Australia/Brisbane"),
			Map.entry("AUS Eastern Standard Time", "Australia/Sydney"), Map.entry("Tasmania Standard Time", "Australia/Hobart"),
			Map.entry("West Pacific Standard Time", "Pacific/Port_Moresby"),
			Map.entry("New Zealand Standard Time", "Pacific/Auckland"), Map.entry("Tonga Standard Time", "Pacific/Tongatapu"),
			Map.entry("Morocco Standard Time", "Africa/Casablanca"), Map.entry("Jordan Standard Time", "Asia/Amman"),
			Map.entry("Syria Standard Time", "Asia/Damascus"));

	private WindowsZones() {
	}

	/** The zone a calendar's TZID names, if it names one this machine knows. */
	static Optional<ZoneId> resolve(String tzid) {
		if (tzid == null || tzid.isBlank()) {
			return Optional.empty();
		}
		String name = tzid.trim().replace("\"", "");
		String windows = WINDOWS.get(name);
		if (windows != null) {
			return Optional.of(ZoneId.of(windows));
		}
		// Tools that prefix a path keep the IANA name at its end: try the last two segments, then three.
		String[] segments = name.split("/");
		for (int take = 1; take <= Math.min(3, segments.length); take++) {
			String candidate = String.join("/", java.util.Arrays.copyOfRange(segments, segments.length - take, segments.length));
			try {
				if (candidate.contains("/") || candidate.equals("UTC")) {
					return Optional.of(ZoneId.of(candidate));
				}
			}
			catch (DateTimeException ex) {
				// Not this many segments; try more.
			}
		}
		return Optional.empty();
	}
}
