-- Organisations (vendors, partners, distributors, media) and the partnerships between vendors
-- and partners: the ground every capability of Rapport stands on.

create table organization (
    id          uuid primary key,
    kind        text not null check (kind in ('VENDOR', 'PARTNER', 'DISTRIBUTOR', 'MEDIA')),
    name        text not null check (length(trim(name)) > 0),
    slug        text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    country     char(2) not null check (country ~ '^[A-Z]{2}$'),
    city        text,
    tax_id      text,
    created_at  timestamptz not null default now(),
    version     integer not null default 0,
    -- A Polish NIP is kept as its ten digits (its checksum is verified in the application).
    constraint organization_polish_tax_id check (country <> 'PL' or tax_id is null or tax_id ~ '^[0-9]{10}$')
);
create unique index organization_tax_id_unique on organization (country, tax_id) where tax_id is not null;
create index organization_kind_name on organization (kind, lower(name));

-- E-mail domains recognise an organisation's people, e.g. in calendar invitations.
create table organization_domain (
    organization_id uuid not null references organization (id) on delete cascade,
    domain          text not null unique check (domain = lower(domain) and domain ~ '^[a-z0-9.-]+\.[a-z]{2,}$'),
    primary key (organization_id, domain)
);

-- The programme a vendor runs: its fiscal calendar, time zone and reporting currency.
create table vendor_programme (
    vendor_id                uuid primary key references organization (id),
    fiscal_year_start_month  integer not null default 1 check (fiscal_year_start_month between 1 and 12),
    time_zone                text not null default 'Europe/Warsaw',
    reporting_currency       char(3) not null default 'PLN' check (reporting_currency in ('PLN', 'EUR', 'USD'))
);

-- Each vendor's ordered tiers: rank 1 is the lowest (Registered < Silver < Gold < Platinum).
create table tier (
    id         uuid primary key,
    vendor_id  uuid not null references vendor_programme (vendor_id),
    name       text not null check (length(trim(name)) > 0),
    rank       integer not null check (rank > 0),
    unique (vendor_id, rank),
    unique (vendor_id, name),
    unique (id, vendor_id)
);

create table partnership (
    id                    uuid primary key,
    vendor_id             uuid not null references vendor_programme (vendor_id),
    partner_id            uuid not null references organization (id),
    tier_id               uuid not null,
    since                 date not null,
    status                text not null default 'ACTIVE' check (status in ('ACTIVE', 'ENDED')),
    ended_on              date,
    channel_manager_id    uuid,
    executive_sponsor_id  uuid,
    version               integer not null default 0,
    -- The tier must be one of this vendor's tiers.
    foreign key (tier_id, vendor_id) references tier (id, vendor_id),
    check (vendor_id <> partner_id),
    check ((status = 'ACTIVE' and ended_on is null)
        or (status = 'ENDED' and ended_on is not null and ended_on >= since))
);
-- One active partnership per vendor–partner pair; ended ones are kept as history.
create unique index partnership_one_active on partnership (vendor_id, partner_id) where status = 'ACTIVE';
create index partnership_vendor_tier on partnership (vendor_id, tier_id);
create index partnership_partner on partnership (partner_id);
create index partnership_channel_manager on partnership (channel_manager_id);
