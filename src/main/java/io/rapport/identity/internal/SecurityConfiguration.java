package io.rapport.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import io.rapport.identity.ApiTokens;

/**
 * Three ways in. The API ({@code /api/**}) is stateless: HTTP Basic with e-mail and password, or a
 * bearer token; failures answer problem+json, and a 401 challenges for a bearer token only, so a
 * browser never prompts for (and caches) a password it would then send to every API call. The pages
 * use a login form, a session and CSRF. The Prometheus scrape needs its own token. Passwords, on the
 * form and over Basic alike, are checked through {@link ThrottledSignIn}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String[] PUBLIC_PATHS = { "/login", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/error", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationProvider passwordSignIn(UserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledSignIn(passwords, throttle);
	}

	@Bean
	@Order(0)
	SecurityFilterChain metrics(HttpSecurity http, IdentityProperties properties) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Rapport metrics\"");
			ProblemResponses.write(response, 401, "Unauthorized",
					"The metrics need the scrape token (Authorization: Bearer ...) set in RAPPORT_IDENTITY_METRICS_TOKEN");
		};
		return http.securityMatcher("/actuator/prometheus/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().access(new MetricsScrape(properties.metricsToken())))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized))
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SignInThrottle throttle) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			if (ex instanceof SignInThrottledException throttled) {
				ProblemResponses.throttled(response, throttled);
				return;
			}
			// No Basic challenge (issue 12): curl -u still signs in, a browser never asks for a password here.
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Rapport\"");
			ProblemResponses.write(response, 401, "Unauthorized",
					"Sign in with HTTP Basic (your e-mail and password) or an API token (Authorization: Bearer ...)");
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> ProblemResponses.write(response, 403, "Forbidden",
				ex.getMessage() == null || ex.getMessage().equals("Access Denied")
						? "Your role does not allow this" : ex.getMessage());
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.addFilterBefore(new BearerTokenFilter(tokens::authenticate, throttle), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
				.failureHandler(new LoginFailureHandler()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(SecurityConfiguration::pageHeaders)
			.build();
	}

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/**
	 * Scripts only from Rapport itself: no inline script, handler or eval, so text someone typed can
	 * never run even where a page failed to escape it. Styles may be inline because ECharts writes its
	 * tooltips with style attributes. Spring Security's defaults stay (nosniff, no caching, HSTS over TLS).
	 */
	private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frames -> frames.deny());
	}
}
