package io.rapport.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

import io.rapport.identity.internal.SignInThrottledException;

/**
 * The sign-in form; Spring Security handles what it posts. A sign-in refused for too many failures
 * comes back here (answered 429) carrying how long to wait.
 */
@Controller
class LoginPage {

	static final String VIEW = "identity/login";

	@GetMapping("/login")
	String login(@RequestAttribute(name = SignInThrottledException.ATTRIBUTE, required = false)
			SignInThrottledException throttled, Model model) {
		if (throttled != null) {
			model.addAttribute("throttledMinutes", throttled.retryAfterMinutes());
		}
		return VIEW;
	}
}
