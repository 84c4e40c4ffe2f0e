-- Lists of partnerships sort by the partner's name. Keeping that name (lower-cased) on the
-- partnership row lets a vendor's list be sorted and paged from one index instead of joining
-- every partner organisation per request; triggers keep it in step with the organisation's name.

alter table partnership add column partner_sort_name text;
update partnership p set partner_sort_name = lower(o.name) from organization o where o.id = p.partner_id;
alter table partnership alter column partner_sort_name set not null;

create function partnership_fill_partner_sort_name() returns trigger language plpgsql as $$
begin
    new.partner_sort_name := (select lower(name) from organization where id = new.partner_id);
    return new;
end $$;

create trigger partnership_partner_sort_name
    before insert or update of partner_id on partnership
    for each row execute function partnership_fill_partner_sort_name();

create function organization_rename_partnerships() returns trigger language plpgsql as $$
begin
    update partnership set partner_sort_name = lower(new.name) where partner_id = new.id;
    return new;
end $$;

create trigger organization_renamed
    after update of name on organization
    for each row when (old.name is distinct from new.name)
    execute function organization_rename_partnerships();

create index partnership_vendor_partner_sort on partnership (vendor_id, partner_sort_name, id);
create index partnership_vendor_since on partnership (vendor_id, since, id);
