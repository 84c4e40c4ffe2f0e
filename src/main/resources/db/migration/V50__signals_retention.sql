-- Signals: each vendor's BG/NBD retention model, refitted on a schedule and on demand, and every
-- partnership's score under it.

create table retention_model (
    vendor_id       uuid primary key references organization (id),
    fitted_on       date not null,
    r               double precision not null check (r > 0),
    alpha           double precision not null check (alpha > 0),
    a               double precision not null check (a > 0),
    b               double precision not null check (b > 0),
    log_likelihood  double precision not null,
    converged       boolean not null,
    partnerships    integer not null,
    fitted_at       timestamptz not null default now()
);

create table retention_score (
    vendor_id                 uuid not null references organization (id),
    partnership_id            uuid primary key references partnership (id),
    p_alive                   double precision not null check (p_alive between 0 and 1),
    expected_next_quarter     double precision not null,
    transactions_last_quarter integer not null,
    repeat_transactions       integer not null,
    weeks_since_last          double precision not null
);
create index retention_score_vendor on retention_score (vendor_id);
