-- Issue 12: every API token carries scopes and an expiry.
-- Tokens made before scopes existed could do everything their user can, so they keep all three
-- scopes; a token without an expiry, or one further off than a year, now expires 90 days from
-- this migration, which gives its owner time to replace it.

alter table api_token add column scopes text[] not null default array['READ', 'WRITE', 'IMPORT'];
alter table api_token alter column scopes drop default;
alter table api_token add constraint api_token_scopes
    check (cardinality(scopes) > 0 and scopes <@ array['READ', 'WRITE', 'IMPORT']);

update api_token set expires_on = current_date + 90
where expires_on is null or expires_on > current_date + 365;
alter table api_token alter column expires_on set not null;

alter table api_token add constraint api_token_name_length check (length(name) <= 100);
