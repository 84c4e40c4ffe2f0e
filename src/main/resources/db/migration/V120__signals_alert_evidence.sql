-- What a person closed an alert with (issue 13). Resolving or dismissing an alert holds until there is
-- new evidence: a sign that was not among those it was closed with, or one of them that cleared and came
-- back. evidence_through is the day the signs it was closed with were read; held_signs the keys of those
-- signs still standing ("SALES_DROP", "RETENTION:URGENT"), narrowed by each later reading. Both are null
-- for an alert no person closed. follows_alert_id names the closed alert whose hold a new sign broke.
alter table risk_alert add column evidence_through date;
alter table risk_alert add column held_signs jsonb;
alter table risk_alert add column follows_alert_id uuid;
alter table risk_alert add constraint risk_alert_vendor_id_key unique (vendor_id, id);
alter table risk_alert add constraint risk_alert_follows_fk
    foreign key (vendor_id, follows_alert_id) references risk_alert (vendor_id, id);
alter table risk_alert add constraint risk_alert_hold_whole
    check ((evidence_through is null) = (held_signs is null));
alter table risk_alert add constraint risk_alert_hold_closed
    check (held_signs is null or status in ('RESOLVED', 'DISMISSED'));
create unique index risk_alert_followed_once on risk_alert (vendor_id, follows_alert_id) where follows_alert_id is not null;

-- Alerts people closed before this: the signs they were closed with hold, for the latest of each
-- partnership no later alert followed.
update risk_alert a
set evidence_through = a.evaluated_on,
    held_signs = (select coalesce(jsonb_agg((s ->> 'kind') || case when (s ->> 'urgent')::boolean then ':URGENT' else '' end),
                                  '[]'::jsonb)
                  from jsonb_array_elements(a.signals) s)
where a.closed_by is not null and a.status in ('RESOLVED', 'DISMISSED')
  and not exists (select 1 from risk_alert later
                  where later.vendor_id = a.vendor_id and later.partnership_id = a.partnership_id
                    and later.id <> a.id and (later.closed_at is null or later.closed_at > a.closed_at));
