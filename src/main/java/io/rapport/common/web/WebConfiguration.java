package io.rapport.common.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * English and Polish: {@code ?lang=pl} switches, a cookie remembers, and without either the
 * browser's (or API client's) Accept-Language chooses; English when it asks for neither.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"));

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("rapport-lang");
		resolver.setDefaultLocaleFunction(request -> browserLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/** The first of English and Polish the browser (or API client) asks for in Accept-Language; English otherwise. */
	static Locale browserLanguage(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
			return found == null ? Locale.ENGLISH : found;
		}
		catch (IllegalArgumentException ex) {
			// A header no one can read asks for nothing in particular.
			return Locale.ENGLISH;
		}
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new OwnVendorResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
