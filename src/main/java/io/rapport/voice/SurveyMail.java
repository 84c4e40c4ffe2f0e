package io.rapport.voice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes invitations and reminders over SMTP ({@code spring.mail.host} and friends). Without a mail
 * server configured nothing is sent: the invitations stay unsent and partners find open surveys on
 * their home page when they sign in.
 */
@Component
class SurveyMail {

	private static final Logger log = LoggerFactory.getLogger(SurveyMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final VoiceProperties properties;

	SurveyMail(ObjectProvider<JavaMailSender> sender, VoiceProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	boolean configured() {
		return sender.getIfAvailable() != null;
	}

	/** @return whether the message was handed to the mail server */
	boolean send(String to, String subject, String text) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.sender());
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			mail.send(message);
			return true;
		}
		catch (MailException ex) {
			// One unreachable address or a hiccup of the server must not stop the others; the next run retries.
			log.warn("Could not send a survey e-mail to {}: {}", to, ex.getMessage());
			return false;
		}
	}
}
