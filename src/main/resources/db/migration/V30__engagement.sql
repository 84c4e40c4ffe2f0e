-- Engagement: the vendor's weights (versioned: a score says which weights made it), a snapshot of
-- every partnership's PEI and VEI per fiscal quarter, and the channel-wide VEI per quarter.

create table engagement_weights (
    vendor_id   uuid not null references organization (id),
    version     integer not null check (version > 0),
    weights     jsonb not null,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    primary key (vendor_id, version)
);

create table engagement_snapshot (
    vendor_id         uuid not null,
    partnership_id    uuid not null references partnership (id),
    fiscal_year       smallint not null,
    fiscal_quarter    smallint not null check (fiscal_quarter between 1 and 4),
    weights_version   integer not null,
    pei_score         double precision not null check (pei_score between 0 and 100),
    pei_coverage      double precision not null check (pei_coverage between 0 and 1),
    pei_rank          integer not null,
    pei_rank_low      integer not null,
    pei_rank_high     integer not null,
    vei_score         double precision not null check (vei_score between 0 and 100),
    vei_coverage      double precision not null check (vei_coverage between 0 and 1),
    vei_rank          integer not null,
    vei_rank_low      integer not null,
    vei_rank_high     integer not null,
    engagement_score  double precision not null,
    communication     text check (communication in ('REGULAR', 'SPORADIC')),
    detail            jsonb not null,
    computed_at       timestamptz not null default now(),
    primary key (partnership_id, fiscal_year, fiscal_quarter)
);
create index engagement_snapshot_vendor on engagement_snapshot (vendor_id, fiscal_year, fiscal_quarter);

create table engagement_channel_snapshot (
    vendor_id        uuid not null references organization (id),
    fiscal_year      smallint not null,
    fiscal_quarter   smallint not null check (fiscal_quarter between 1 and 4),
    weights_version  integer not null,
    score            double precision not null check (score between 0 and 100),
    coverage         double precision not null check (coverage between 0 and 1),
    detail           jsonb not null,
    computed_at      timestamptz not null default now(),
    primary key (vendor_id, fiscal_year, fiscal_quarter)
);
