-- Support: partners' escalations to the vendor with their first response and resolution, and each
-- vendor's targets per severity. Every row carries the vendor it belongs to.

create table support_target (
    vendor_id                uuid not null references organization (id),
    severity                 text not null check (severity in ('CRITICAL', 'HIGH', 'NORMAL', 'LOW')),
    first_response_minutes   integer not null check (first_response_minutes > 0),
    resolution_minutes       integer not null check (resolution_minutes > 0),
    primary key (vendor_id, severity)
);

create table support_case (
    id                      uuid primary key,
    vendor_id               uuid not null references organization (id),
    partnership_id          uuid not null references partnership (id),
    channel                 text not null check (channel in ('PHONE', 'EMAIL', 'PORTAL', 'CHAT')),
    severity                text not null check (severity in ('CRITICAL', 'HIGH', 'NORMAL', 'LOW')),
    subject                 text not null check (length(trim(subject)) > 0),
    opened_at               timestamptz not null,
    first_response_at       timestamptz check (first_response_at >= opened_at),
    resolved_at             timestamptz check (resolved_at >= opened_at),
    resolved_on_first_call  boolean,
    source                  text not null check (source in ('MANUAL', 'API', 'CSV')),
    external_id             text,
    opened_by               uuid,
    recorded_at             timestamptz not null default now(),
    check (resolved_at is null or first_response_at is not null),
    unique (vendor_id, external_id)
);
create index support_case_vendor_opened on support_case (vendor_id, opened_at);
create index support_case_partnership_opened on support_case (partnership_id, opened_at);
