-- Free text has limits in the database as well as in validation (issue 12): every text column
-- that people or imports write gets the longest length its request records, forms and imports
-- allow (io.rapport.common.text.TextLimits, in characters as char_length counts them), and
-- refuses control characters and the invisible direction marks (io.rapport.common.text.Texts);
-- tab, line feed and carriage return only where the field has several lines.
--
-- Free text written before these rules (calendar summaries, sales descriptions, which had no
-- limit) is first made to fit: a refused character becomes a space, an over-long text is cut.
-- Identifiers (tax ids, e-mail addresses, domains, external ids) were validated all along and
-- are never rewritten.

update organization set name = left(regexp_replace(name, '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 200)
  where char_length(name) > 200 or name ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table organization add constraint organization_name_text
  check (char_length(name) <= 200 and name !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update organization set city = left(regexp_replace(city, '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 100)
  where char_length(city) > 100 or city ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table organization add constraint organization_city_text
  check (char_length(city) <= 100 and city !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

alter table organization add constraint organization_tax_id_text
  check (char_length(tax_id) <= 40 and tax_id !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

alter table organization_domain add constraint organization_domain_domain_text
  check (char_length(domain) <= 253 and domain !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update tier set name = left(regexp_replace(name, '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 60)
  where char_length(name) > 60 or name ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table tier add constraint tier_name_text
  check (char_length(name) <= 60 and name !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

alter table app_user add constraint app_user_email_text
  check (char_length(email) <= 254 and email !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update app_user set name = left(regexp_replace(name, '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 120)
  where char_length(name) > 120 or name ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table app_user add constraint app_user_name_text
  check (char_length(name) <= 120 and name !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update api_token set name = left(regexp_replace(name, '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 100)
  where char_length(name) > 100 or name ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table api_token add constraint api_token_name_text
  check (char_length(name) <= 100 and name !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update touchpoint set title = left(regexp_replace(title, '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 300)
  where char_length(title) > 300 or title ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table touchpoint add constraint touchpoint_title_text
  check (char_length(title) <= 300 and title !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

alter table touchpoint add constraint touchpoint_external_id_text
  check (char_length(external_id) <= 300 and external_id !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update touchpoint_type set name = left(regexp_replace(name, '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 120)
  where char_length(name) > 120 or name ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table touchpoint_type add constraint touchpoint_type_name_text
  check (char_length(name) <= 120 and name !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update sales_line set description = left(regexp_replace(description, '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 500)
  where char_length(description) > 500 or description ~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table sales_line add constraint sales_line_description_text
  check (char_length(description) <= 500 and description !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update sales_line set end_customer = left(regexp_replace(end_customer, '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 200)
  where char_length(end_customer) > 200 or end_customer ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table sales_line add constraint sales_line_end_customer_text
  check (char_length(end_customer) <= 200 and end_customer !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

alter table sales_line add constraint sales_line_end_customer_tax_id_text
  check (char_length(end_customer_tax_id) <= 40 and end_customer_tax_id !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update sales_line set deal_reference = left(regexp_replace(deal_reference, '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 100)
  where char_length(deal_reference) > 100 or deal_reference ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table sales_line add constraint sales_line_deal_reference_text
  check (char_length(deal_reference) <= 100 and deal_reference !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update sales_import set file_name = left(regexp_replace(file_name, '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 255)
  where char_length(file_name) > 255 or file_name ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table sales_import add constraint sales_import_file_name_text
  check (char_length(file_name) <= 255 and file_name !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update support_case set subject = left(regexp_replace(subject, '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 300)
  where char_length(subject) > 300 or subject ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table support_case add constraint support_case_subject_text
  check (char_length(subject) <= 300 and subject !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

alter table support_case add constraint support_case_external_id_text
  check (char_length(external_id) <= 300 and external_id !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update survey set title = left(regexp_replace(title, '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 200)
  where char_length(title) > 200 or title ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table survey add constraint survey_title_text
  check (char_length(title) <= 200 and title !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update survey_response set comment = left(regexp_replace(comment, '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 4000)
  where char_length(comment) > 4000 or comment ~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table survey_response add constraint survey_response_comment_text
  check (char_length(comment) <= 4000 and comment !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

alter table survey_invitation add constraint survey_invitation_email_text
  check (char_length(email) <= 254 and email !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update risk_alert set closing_note = left(regexp_replace(closing_note, '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 2000)
  where char_length(closing_note) > 2000 or closing_note ~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table risk_alert add constraint risk_alert_closing_note_text
  check (char_length(closing_note) <= 2000 and closing_note !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

update risk_alert_event set note = left(regexp_replace(note, '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', ' ', 'g'), 2000)
  where char_length(note) > 2000 or note ~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
alter table risk_alert_event add constraint risk_alert_event_note_text
  check (char_length(note) <= 2000 and note !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');

alter table touchpoint_keyword_rule add constraint touchpoint_keyword_rule_keyword_text
  check (keyword !~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]');
