package io.rapport.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles what it posts. */
@Controller
class LoginPage {

	static final String VIEW = "identity/login";

	@GetMapping("/login")
	String login() {
		return VIEW;
	}
}
