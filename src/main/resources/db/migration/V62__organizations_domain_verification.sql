-- Issue 12: an e-mail domain routes calendar attendees to a partner, so who vouches for it matters.
-- A domain a vendor typed for a partner it took in is that vendor's claim (UNVERIFIED, routing only
-- that vendor's calendar) until the partner's own administrator confirms it (VERIFIED, routing
-- everyone's). A domain still belongs to one organisation only.
alter table organization_domain
    add column status text not null default 'VERIFIED' check (status in ('VERIFIED', 'UNVERIFIED')),
    add column added_by_vendor_id uuid references organization (id),
    add constraint organization_domain_claim_has_vendor check (status = 'VERIFIED' or added_by_vendor_id is not null);

-- Until now a partner joined only through a vendor's partnership, so its stored domains are that
-- vendor's word, not the partner's: they wait for the partner's admin like any new claim.
update organization_domain d
set status = 'UNVERIFIED',
    added_by_vendor_id = (select p.vendor_id from partnership p where p.partner_id = d.organization_id
                          order by p.since, p.id limit 1)
where exists (select 1 from organization o where o.id = d.organization_id and o.kind = 'PARTNER')
  and exists (select 1 from partnership p where p.partner_id = d.organization_id);

-- Every writer states which it is.
alter table organization_domain alter column status drop default;
