-- Issue 13: published calendars (an Outlook "publish calendar" link, a Google secret iCal address)
-- that Rapport polls and imports, besides .ics uploads. A subscription is the vendor's calendar
-- (owner_id null, run by the channel chief) or one CAM's own calendar.
alter table app_user add constraint app_user_id_organization unique (id, organization_id);

create table calendar_subscription (
    vendor_id        uuid not null references vendor_programme (vendor_id),
    id               uuid not null,
    owner_id         uuid,
    -- A secret address is a credential: stored to be fetched, shown masked.
    url              text not null check (length(url) between 10 and 2000 and url ~* '^https?://'),
    active           boolean not null default true,
    created_at       timestamptz not null,
    created_by       uuid not null,
    -- What the server said last time, sent back so that an unchanged calendar answers 304.
    etag             text check (length(etag) <= 1000),
    last_modified    text check (length(last_modified) <= 100),
    last_sync_at     timestamptz,
    last_result      text check (last_result in ('IMPORTED', 'NOT_MODIFIED', 'FAILED')),
    imported         integer check (imported >= 0),
    updated          integer check (updated >= 0),
    unchanged        integer check (unchanged >= 0),
    skipped          integer check (skipped >= 0),
    error_code       text check (length(error_code) <= 200),
    error_arguments  jsonb,
    -- Set while one node syncs it, so that two never poll the same calendar at once; a lease, so a dead node's claim lapses.
    claimed_until    timestamptz,
    primary key (vendor_id, id),
    unique nulls not distinct (vendor_id, owner_id, url),
    foreign key (owner_id, vendor_id) references app_user (id, organization_id) on delete cascade,
    check ((last_result = 'FAILED') = (error_code is not null))
);
create index calendar_subscription_due on calendar_subscription (last_sync_at nulls first) where active;
