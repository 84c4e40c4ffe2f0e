package io.rapport.voice;

import org.springframework.stereotype.Component;

import io.rapport.common.mail.OutgoingMail;

/**
 * Writes invitations and reminders from the survey sender's address. Without a mail server
 * configured nothing is sent: the invitations stay unsent and partners find open surveys on their
 * home page when they sign in.
 */
@Component
class SurveyMail {

	private final OutgoingMail mail;

	private final VoiceProperties properties;

	SurveyMail(OutgoingMail mail, VoiceProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	boolean configured() {
		return mail.configured();
	}

	/** @return whether the message was handed to the mail server */
	boolean send(String to, String subject, String text) {
		return mail.send(properties.sender(), to, subject, text);
	}
}
