package io.rapport.voice.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.rapport.common.DomainRuleException;
import io.rapport.common.web.RuleMessages;
import io.rapport.voice.SurveyInvitations;
import io.rapport.voice.SurveyView;
import io.rapport.voice.Surveys;

/**
 * What whoever runs a wave does with it from a page (issue 13): close it before its last day, after
 * a confirmation since a closed wave cannot be opened again, and send its one reminder. The services
 * refuse anyone else; the surveys page offers the controls only to those who may use them.
 */
@Controller
class SurveyWavePages {

	private final Surveys surveys;

	private final SurveyInvitations invitations;

	private final RuleMessages rules;

	SurveyWavePages(Surveys surveys, SurveyInvitations invitations, RuleMessages rules) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.rules = rules;
	}

	/** The confirmation before closing: what closing does, and that it cannot be undone. */
	@GetMapping("/surveys/{id}/close")
	String confirmClose(@PathVariable UUID id, Model model) {
		SurveyView survey = surveys.get(id);
		model.addAttribute("survey", survey);
		model.addAttribute("mayRun", surveys.mayRun(survey));
		return "voice/close";
	}

	/** @param confirmed ticked on the confirmation page: closing cannot be undone */
	record CloseForm(@AssertTrue boolean confirmed) {
	}

	@PostMapping("/surveys/{id}/close")
	String close(@PathVariable UUID id, @Valid @ModelAttribute CloseForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("unconfirmed", true);
			return "redirect:/surveys/" + id + "/close";
		}
		try {
			SurveyView closed = surveys.close(id);
			redirect.addFlashAttribute("closedEarly", closed.title());
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", rules.of(ex));
		}
		catch (AccessDeniedException ex) {
			redirect.addFlashAttribute("problem", rules.get("voice.wave.refused"));
		}
		return "redirect:/surveys";
	}

	@PostMapping("/surveys/{id}/reminder")
	String remind(@PathVariable UUID id, RedirectAttributes redirect) {
		SurveyView survey = surveys.get(id);
		try {
			invitations.remind(id);
			redirect.addFlashAttribute("reminded", survey.title());
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", rules.of(ex));
		}
		catch (AccessDeniedException ex) {
			redirect.addFlashAttribute("problem", rules.get("voice.wave.refused"));
		}
		return "redirect:/surveys";
	}
}
