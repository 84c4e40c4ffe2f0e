-- The demo's ground truth: which generated partners walk away from a vendor, how and from when.
-- Only the backtest of the early warning reads it; the product never does.
create table demo_drift (
    partnership_id  uuid primary key references partnership (id),
    path            text not null check (path in ('ABRUPT_STOP', 'SLOW_FADE', 'SHIFT_TO_ANOTHER_VENDOR')),
    starts_on       date not null,
    neglected       boolean not null
);
