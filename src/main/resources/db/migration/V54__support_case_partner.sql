-- A support case carries its partner, as a survey response does, so support scopes partners' views
-- on its own table instead of joining the organizations module's.
alter table support_case add column partner_id uuid references organization (id);
update support_case c set partner_id = p.partner_id from partnership p where p.id = c.partnership_id;
alter table support_case alter column partner_id set not null;
create index support_case_partner on support_case (partner_id, opened_at desc);
