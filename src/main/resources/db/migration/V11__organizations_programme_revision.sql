-- A revision number per vendor programme that changes whenever its register could read differently:
-- a partnership added, changed or removed, a partner renamed, a tier renamed. Readers that keep
-- the register in memory compare one number instead of reading thousands of rows. Triggers keep it,
-- so every write path (services, bulk loads, plain SQL) counts. The number comes from a sequence,
-- which a rolled-back transaction never hands out again.

create sequence programme_revision_seq;

create table programme_revision (
    vendor_id  uuid primary key references organization (id) on delete cascade,
    revision   bigint not null
);

create function bump_programme_revision() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'organization' then
        insert into programme_revision (vendor_id, revision)
        select v.vendor_id, nextval('programme_revision_seq')
        from (select distinct p.vendor_id from partnership p join changed_rows c on c.id = p.partner_id) v
        on conflict (vendor_id) do update set revision = excluded.revision;
    else
        insert into programme_revision (vendor_id, revision)
        select v.vendor_id, nextval('programme_revision_seq') from (select distinct vendor_id from changed_rows) v
        on conflict (vendor_id) do update set revision = excluded.revision;
    end if;
    return null;
end $$;

create trigger partnership_added after insert on partnership
    referencing new table as changed_rows for each statement execute function bump_programme_revision();
create trigger partnership_changed after update on partnership
    referencing new table as changed_rows for each statement execute function bump_programme_revision();
create trigger partnership_removed after delete on partnership
    referencing old table as changed_rows for each statement execute function bump_programme_revision();
create trigger tier_added after insert on tier
    referencing new table as changed_rows for each statement execute function bump_programme_revision();
create trigger tier_changed after update on tier
    referencing new table as changed_rows for each statement execute function bump_programme_revision();
create trigger tier_removed after delete on tier
    referencing old table as changed_rows for each statement execute function bump_programme_revision();
create trigger partner_changed after update on organization
    referencing new table as changed_rows for each statement execute function bump_programme_revision();
