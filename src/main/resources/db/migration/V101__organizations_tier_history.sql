-- Issue 13: every change of a partnership's tier with the reason given, shown on its page.
alter table partnership add constraint partnership_id_vendor unique (id, vendor_id);

create table partnership_tier_change (
    vendor_id       uuid not null references vendor_programme (vendor_id),
    id              uuid not null,
    partnership_id  uuid not null,
    from_tier_id    uuid not null,
    to_tier_id      uuid not null,
    reason          text check (length(reason) between 1 and 500),
    changed_at      timestamptz not null,
    changed_by      uuid,
    primary key (vendor_id, id),
    foreign key (partnership_id, vendor_id) references partnership (id, vendor_id),
    foreign key (from_tier_id, vendor_id) references tier (id, vendor_id),
    foreign key (to_tier_id, vendor_id) references tier (id, vendor_id),
    check (from_tier_id <> to_tier_id)
);
create index partnership_tier_change_partnership on partnership_tier_change (vendor_id, partnership_id, changed_at);
