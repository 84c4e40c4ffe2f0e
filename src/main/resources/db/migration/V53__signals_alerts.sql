-- Early-warning alerts: one live alert per partnership at risk, owned by its CAM, kept with every
-- change of status and severity. Closed alerts stay as history; nothing is ever silently dropped.

create table risk_alert (
    id              uuid primary key,
    vendor_id       uuid not null references organization (id),
    partnership_id  uuid not null references partnership (id),
    owner_id        uuid,
    severity        text not null check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    weight          integer not null check (weight > 0),
    status          text not null check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'DISMISSED')),
    raised_on       date not null,
    evaluated_on    date not null,
    -- The signs behind it as last evaluated: [{"kind": ..., "figures": [...], "urgent": ...}].
    signals         jsonb not null,
    p_alive         double precision check (p_alive between 0 and 1),
    closed_at       timestamptz,
    closed_by       uuid,
    closing_note    text,
    check ((status in ('OPEN', 'ACKNOWLEDGED')) = (closed_at is null))
);
create unique index risk_alert_one_live on risk_alert (partnership_id) where status in ('OPEN', 'ACKNOWLEDGED');
create index risk_alert_vendor on risk_alert (vendor_id, status, raised_on desc);
create index risk_alert_partnership on risk_alert (partnership_id, raised_on desc);

-- Each step of an alert's life: raised, severity changed, acknowledged, resolved, dismissed.
-- by_user is null when Rapport itself acted (raising, or resolving once the signs cleared).
create table risk_alert_event (
    id        bigint generated always as identity primary key,
    alert_id  uuid not null references risk_alert (id) on delete cascade,
    at        timestamptz not null default now(),
    by_user   uuid,
    change    text not null check (change in ('RAISED', 'SEVERITY_ROSE', 'SEVERITY_FELL', 'CLEARED', 'PARTNERSHIP_ENDED',
                                               'ACKNOWLEDGED', 'RESOLVED', 'DISMISSED')),
    status    text not null,
    severity  text not null,
    -- What the person said: a resolution note or the reason for a dismissal.
    note      text
);
create index risk_alert_event_alert on risk_alert_event (alert_id, id);

-- When the weekly digest went to whom, so a restart on a Monday does not send it twice.
create table alert_digest (
    vendor_id  uuid not null references organization (id),
    user_id    uuid not null,
    week_of    date not null,
    sent_at    timestamptz not null default now(),
    alerts     integer not null,
    primary key (vendor_id, user_id, week_of)
);
