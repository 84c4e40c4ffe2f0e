package io.rapport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages are complete, and every message a template asks for exists. */
class MessageBundlesTests {

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

	/** A code literal where the domain raises one: rule("…"), term("…"), a refusal or problem's super("…", args). */
	private static final Pattern RAISED_CODE = Pattern.compile(
			"(?:\\brule|\\bterm|AccessRefusedException|\\bsuper|Exception)\\(\\s*\"([a-zA-Z0-9_]+\\.[a-zA-Z0-9_.]+)\"(\\s*\\+)?");

	/** The kind of record a 404 names, which {@code notFound.what.<kind>} says in each language. */
	private static final Pattern NOT_FOUND = Pattern.compile("new NotFoundException\\(\"([a-z ]+)\"");

	private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([a-zA-Z0-9_.]+)' \\+");

	@Test
	void englishAndPolishHaveTheSameKeys() throws IOException {
		assertThat(keys("messages_pl.properties")).isEqualTo(keys("messages.properties"));
	}

	@Test
	void polishMessagesAreTranslated() throws IOException {
		Properties english = load("messages.properties");
		Properties polish = load("messages_pl.properties");
		long same = english.stringPropertyNames().stream()
			.filter(key -> english.getProperty(key).length() > 12 && english.getProperty(key).equals(polish.getProperty(key)))
			.count();
		assertThat(same).as("long messages left in English in the Polish bundle").isZero();
		assertThat(polish.getProperty("nav.partnerships")).isEqualTo("Partnerstwa");
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = keys("messages.properties");
		Set<String> used = new TreeSet<>();
		Set<String> prefixes = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template);
				Matcher matcher = KEY.matcher(html);
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
				Matcher dynamic = DYNAMIC_KEY.matcher(html);
				while (dynamic.find()) {
					prefixes.add(dynamic.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(known).containsAll(used);
		for (String prefix : prefixes) {
			assertThat(known).as("keys starting with " + prefix).anyMatch(key -> key.startsWith(prefix));
		}
	}

	/**
	 * Every message code the domain raises ({@code DomainRuleException.rule("…")}, a refusal, a
	 * problem's code, a term among the arguments) exists, so a rule never reaches a reader as its
	 * code; a code built from a prefix ({@code "kind." + kind}) has keys under that prefix.
	 */
	@Test
	void everyCodeTheDomainRaisesExists() throws IOException {
		Set<String> known = keys("messages.properties");
		Set<String> used = new TreeSet<>();
		Set<String> prefixes = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				String java = Files.readString(source);
				Matcher matcher = RAISED_CODE.matcher(java);
				while (matcher.find()) {
					(matcher.group(2) == null ? used : prefixes).add(matcher.group(1));
				}
				Matcher notFound = NOT_FOUND.matcher(java);
				while (notFound.find()) {
					used.add("notFound.what." + notFound.group(1).replace(' ', '_'));
				}
			}
		}
		assertThat(used).as("codes raised in src/main/java").hasSizeGreaterThan(80);
		assertThat(known).containsAll(used);
		for (String prefix : prefixes) {
			assertThat(known).as("keys starting with " + prefix).anyMatch(key -> key.startsWith(prefix));
		}
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		// A key written twice keeps only its last text, silently: two areas appending to the bundles
		// once overwrote a list's notice this way.
		for (String bundle : List.of("messages.properties", "messages_pl.properties")) {
			Set<String> seen = new HashSet<>();
			List<String> twice = new ArrayList<>();
			try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(bundle)) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					int equals = line.indexOf('=');
					if (line.isBlank() || line.startsWith("#") || equals < 0) {
						continue;
					}
					String key = line.substring(0, equals).strip();
					if (!seen.add(key)) {
						twice.add(key);
					}
				}
			}
			assertThat(twice).as("keys defined twice in " + bundle).isEmpty();
		}
	}

	private static Set<String> keys(String bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(bundle)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
