package io.rapport.common.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.lists.ListLinks;

/** Gives every page what its layout needs: who is signed in and the address to switch language on. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final OrganizationNames organizations;

	LayoutAdvice(OrganizationNames organizations) {
		this.organizations = organizations;
	}

	@ModelAttribute
	void layout(Model model, HttpServletRequest request) {
		// REST controllers are @Controllers too, but render no layout: spare them the look-up.
		if (request.getRequestURI().startsWith("/api/")) {
			return;
		}
		CurrentCaller.find().ifPresent(caller -> model.addAttribute("me",
				CurrentUserView.of(caller, organizations.nameOf(caller.organizationId()))));
		model.addAttribute("currentPath", request.getRequestURI());
		model.addAttribute("links", new ListLinks(request));
	}
}
