-- Touchpoints: acts of communication and engagement between a vendor and its partners, each
-- with the most senior vendor person present; vendors' own types mapped onto the base kinds;
-- keyword rules that type calendar entries; and cadence norms the vendor holds itself to.

create table touchpoint (
    id                  uuid primary key,
    vendor_id           uuid not null references organization (id),
    kind                text not null check (kind in ('PARTNER_CONFERENCE', 'PRESS_BRIEFING', 'PRESS_INQUIRY',
                            'KEY_PARTNER_MEETING', 'EXECUTIVE_MEETING', 'CAM_MEETING', 'CHANNEL_MARKETING', 'CHANNEL_PR',
                            'INDEPENDENT_EVENT', 'PRODUCT_BRIEFING', 'TRAINING', 'CERTIFICATION', 'WEBINAR')),
    type_code           text not null check (length(type_code) between 1 and 60),
    occurred_at         timestamptz not null,
    title               text not null check (length(title) between 1 and 300),
    direction           text not null check (direction in ('VENDOR_TO_PARTNER', 'PARTNER_TO_VENDOR', 'MUTUAL')),
    channel_wide        boolean not null,
    seniority           text check (seniority in ('CEO', 'EXECUTIVE', 'MANAGER', 'STAFF')),
    source              text not null check (source in ('MANUAL', 'CSV', 'CALENDAR', 'API')),
    external_id         text check (length(external_id) between 1 and 300),
    paid_for_partners   boolean,
    press_invited       boolean,
    answered            boolean,
    days_to_answer      integer check (days_to_answer >= 0),
    recorded_at         timestamptz not null default now(),
    recorded_by         uuid,
    -- Re-importing a file or calendar matches on the external id.
    unique (vendor_id, external_id)
);
create index touchpoint_vendor_time on touchpoint (vendor_id, occurred_at);

-- Which partnerships a touchpoint reached. Kind, direction, seniority and time are repeated here
-- so the engagement indicators aggregate one narrow table.
create table touchpoint_partnership (
    touchpoint_id   uuid not null references touchpoint (id) on delete cascade,
    partnership_id  uuid not null references partnership (id),
    vendor_id       uuid not null,
    occurred_at     timestamptz not null,
    kind            text not null,
    direction       text not null,
    seniority       text,
    primary key (touchpoint_id, partnership_id)
);
create index touchpoint_partnership_time on touchpoint_partnership (partnership_id, occurred_at);
create index touchpoint_partnership_vendor on touchpoint_partnership (vendor_id, occurred_at)
    include (partnership_id, kind, direction, seniority);

-- A vendor's own touchpoint types, each counted as one of the base kinds.
create table touchpoint_type (
    vendor_id  uuid not null references organization (id),
    code       text not null check (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    name       text not null check (length(name) between 1 and 120),
    kind       text not null,
    primary key (vendor_id, code)
);

-- Words in a calendar entry's summary that give its kind, when it has no usable CATEGORIES.
create table touchpoint_keyword_rule (
    vendor_id  uuid not null references organization (id),
    keyword    text not null check (length(keyword) between 2 and 60),
    kind       text not null,
    primary key (vendor_id, keyword)
);

-- The cadences a vendor holds itself to; a vendor without rows uses the defaults from the columns.
create table cadence_norm (
    vendor_id  uuid not null references organization (id),
    norm       text not null,
    target     integer not null check (target between 0 and 1000),
    primary key (vendor_id, norm)
);
