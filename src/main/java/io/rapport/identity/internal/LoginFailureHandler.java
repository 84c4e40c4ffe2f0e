package io.rapport.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed form sign-in goes back to the form. A throttled one is answered {@code 429} with
 * {@code Retry-After}, showing the form again (as a GET of {@code /login}) with how long to wait.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

	private final AuthenticationFailureHandler wrongCredentials = new SimpleUrlAuthenticationFailureHandler("/login?error");

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (!(exception instanceof SignInThrottledException throttled)) {
			wrongCredentials.onAuthenticationFailure(request, response, exception);
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
		request.setAttribute(SignInThrottledException.ATTRIBUTE, throttled);
		request.getRequestDispatcher("/login").forward(new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return "GET";
			}
		}, response);
	}
}
