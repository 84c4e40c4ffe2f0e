-- Issue 12: failed sign-ins per account (lower-case e-mail) and per client address, shared by
-- every Rapport node. Not vendor-owned: an account or an address belongs to no vendor.
-- A row lives while failures keep coming; a success deletes the account's row, and rows an
-- hour quiet are removed when the next failure is recorded.

create table sign_in_throttle (
    kind              text not null check (kind in ('ACCOUNT', 'ADDRESS')),
    subject           text not null check (length(subject) between 1 and 320),
    failures          integer not null check (failures > 0),
    first_failure_at  timestamptz not null,
    last_failure_at   timestamptz not null check (last_failure_at >= first_failure_at),
    locked_until      timestamptz,
    primary key (kind, subject)
);
create index sign_in_throttle_last_failure on sign_in_throttle (last_failure_at);
