package io.rapport.common.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Plain-text mail over SMTP ({@code spring.mail.host} and friends), for every module that writes to
 * people. Without a mail server configured nothing is sent, and callers are told so.
 */
@Component
public class OutgoingMail {

	private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	OutgoingMail(ObjectProvider<JavaMailSender> sender) {
		this.sender = sender;
	}

	public boolean configured() {
		return sender.getIfAvailable() != null;
	}

	/** @return whether the message was handed to the mail server */
	public boolean send(String from, String to, String subject, String text) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			mail.send(message);
			return true;
		}
		catch (MailException ex) {
			// One unreachable address or a hiccup of the server must not stop the others; the next run retries.
			log.warn("Could not send an e-mail to {}: {}", to, ex.getMessage());
			return false;
		}
	}
}
