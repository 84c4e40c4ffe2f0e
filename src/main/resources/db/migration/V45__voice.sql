-- Voice: survey waves run by a vendor for its own programme or by an analyst across vendors, the
-- partners' answers (one per partner organisation per vendor per wave), the invitations sent, and
-- the channel team's self-assessment on the same criteria.

create table survey (
    id                   uuid primary key,
    title                text not null check (length(trim(title)) > 0),
    -- The vendor or the analyst's hub that runs the wave.
    run_by               uuid not null references organization (id),
    opens_on             date not null,
    closes_on            date not null check (closes_on >= opens_on),
    closed_early_on      date,
    reminder_sent_at     timestamptz,
    created_at           timestamptz not null default now(),
    created_by           uuid not null
);

create table survey_vendor (
    survey_id  uuid not null references survey (id) on delete cascade,
    vendor_id  uuid not null references organization (id),
    primary key (survey_id, vendor_id)
);
create index survey_vendor_vendor on survey_vendor (vendor_id);

create table survey_response (
    id               uuid primary key,
    survey_id        uuid not null references survey (id) on delete cascade,
    vendor_id        uuid not null references organization (id),
    partner_id       uuid not null references organization (id),
    answered_by      uuid not null,
    nps              smallint not null check (nps between 0 and 10),
    comment          text,
    answered_at      timestamptz not null default now(),
    corrected_at     timestamptz,
    unique (survey_id, vendor_id, partner_id)
);

create table survey_rating (
    response_id  uuid not null references survey_response (id) on delete cascade,
    criterion    text not null,
    rating       smallint not null check (rating between 0 and 10),
    importance   smallint check (importance between 1 and 5),
    primary key (response_id, criterion)
);

-- Who was asked: one row per partner person, vendor and wave; the reminder goes to those whose
-- organisation has not answered for that vendor yet.
create table survey_invitation (
    survey_id    uuid not null references survey (id) on delete cascade,
    vendor_id    uuid not null references organization (id),
    partner_id   uuid not null references organization (id),
    user_id      uuid not null,
    email        text not null,
    invited_at   timestamptz,
    reminded_at  timestamptz,
    primary key (survey_id, vendor_id, user_id)
);

create table self_assessment (
    vendor_id    uuid not null references organization (id),
    survey_id    uuid not null references survey (id) on delete cascade,
    criterion    text not null,
    rating       numeric(4, 2) not null check (rating between 0 and 10),
    assessed_at  timestamptz not null default now(),
    assessed_by  uuid not null,
    primary key (vendor_id, survey_id, criterion)
);
