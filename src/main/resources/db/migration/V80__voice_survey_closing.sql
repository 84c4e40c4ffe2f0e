-- The day a wave's closing was published to the other modules (issue 12): set once, in the
-- transaction that publishes it, by whoever closes the wave (its runner closing early, the daily
-- run after its last day, the history load). A run the process missed or died in leaves it empty,
-- so the next run closes the wave; a second run finds it set, so no wave is closed twice.
alter table survey add column closed_on date;
alter table survey add constraint survey_closed_on_after_opening check (closed_on is null or closed_on >= opens_on);

-- Waves closed before this version: early ones, and those whose last day was before yesterday
-- (the daily run has published them). One that closed yesterday is published again by the next
-- run: a closing published twice only recomputes what it recomputed before.
update survey set closed_on = coalesce(closed_early_on, closes_on)
where closed_early_on is not null or closes_on < (now() at time zone 'Europe/Warsaw')::date - 1;
