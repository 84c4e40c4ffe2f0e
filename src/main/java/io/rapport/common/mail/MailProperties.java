package io.rapport.common.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Rapport's own mail comes from and where its links point.
 *
 * @param sender the address mail comes from
 * @param baseUrl the address people open links in mail at
 */
@ConfigurationProperties("rapport.mail")
public record MailProperties(String sender, String baseUrl) {

	public MailProperties {
		sender = sender == null || sender.isBlank() ? "rapport@localhost" : sender;
		baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
	}
}
