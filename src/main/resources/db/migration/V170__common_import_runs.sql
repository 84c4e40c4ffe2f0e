-- An upload being imported in the background: how far it has read, and how it ended. The person who
-- started it follows it on the import page; the inbox tells them when it is over (issue 13).
create table import_run (
    organization_id  uuid not null,
    id               uuid not null,
    user_id          uuid not null,
    kind             text not null check (kind in ('SALES', 'EXCHANGE_RATES', 'TOUCHPOINTS', 'SUPPORT_CASES')),
    file_name        text check (length(file_name) <= 300),
    dry_run          boolean not null,
    status           text not null check (status in ('RUNNING', 'DONE', 'REJECTED', 'FAILED')),
    read_bytes       bigint not null default 0,
    size_bytes       bigint not null,
    outcome          jsonb,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    primary key (organization_id, id)
);
