package io.rapport.signals;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes signs as plain words ("3 selling days in the last 13 weeks against 11.0 a quarter before"), in a language. */
@Component
public class AlertReasons {

	private final MessageSource messages;

	AlertReasons(MessageSource messages) {
		this.messages = messages;
	}

	public List<String> of(List<Signal> signals, Locale locale) {
		return signals.stream().map(signal -> of(signal, locale)).toList();
	}

	public String of(Signal signal, Locale locale) {
		String key = "signal." + signal.kind().name()
				+ (signal.kind() == SignalKind.CAM_CONTACT_LAPSED && signal.figures().get(1).isEmpty() ? ".never" : "");
		return messages.getMessage(key, signal.figures().toArray(), locale);
	}
}
