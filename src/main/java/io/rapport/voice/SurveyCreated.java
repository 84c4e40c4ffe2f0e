package io.rapport.voice;

import java.util.UUID;

/** A survey wave was created: its invitations go out once it is open. */
public record SurveyCreated(UUID surveyId) {
}
