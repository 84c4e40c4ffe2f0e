-- Issue 12: every change an organisation's admin makes to its registered details (name, city,
-- domains), with who made it and when. Organisations are shared reference data, so this record is
-- keyed by organisation, not by vendor. The changer is an identity user, named as at the time.
create table organization_change (
    organization_id  uuid not null references organization (id) on delete cascade,
    id               uuid not null,
    changed_at       timestamptz not null default now(),
    changed_by       uuid not null,
    changed_by_name  text not null check (length(changed_by_name) <= 200),
    field            text not null check (field in ('NAME', 'CITY', 'DOMAINS', 'UNVERIFIED_DOMAINS')),
    old_value        text,
    new_value        text,
    primary key (organization_id, id),
    check (old_value is distinct from new_value)
);
create index organization_change_recent on organization_change (organization_id, changed_at desc);
