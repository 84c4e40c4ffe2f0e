-- A partner may put its name to an answer about a vendor, so the vendor can act on it (early
-- warning reads signed answers only). Unsigned answers stay anonymous, as before.
alter table survey_response add column signed boolean not null default false;
create index survey_response_signed on survey_response (vendor_id, partner_id, answered_at) where signed;
