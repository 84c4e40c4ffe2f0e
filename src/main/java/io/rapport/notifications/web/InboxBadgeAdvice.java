package io.rapport.notifications.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.notifications.Inbox;

/** Gives every page's header the signed-in person's unread count: one indexed count per page. */
@ControllerAdvice(annotations = Controller.class)
class InboxBadgeAdvice {

	private final Inbox inbox;

	InboxBadgeAdvice(Inbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute
	void unread(Model model, HttpServletRequest request) {
		// REST controllers render no header.
		if (request.getRequestURI().startsWith("/api/") || CurrentCaller.find().isEmpty()) {
			return;
		}
		model.addAttribute("inboxUnread", inbox.unread());
	}
}
