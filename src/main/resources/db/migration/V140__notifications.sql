-- Notifications inside the product (issue 13): each person's inbox and how they want each kind of
-- notice. A notice belongs to its recipient's organisation, whose id leads every key so the table
-- shards with the organisation's other rows. The text is a message code with its arguments,
-- rendered in the reader's language when shown; nothing English is stored.

create table notification (
    organization_id  uuid not null references organization (id),
    id               uuid not null,
    user_id          uuid not null,
    kind             text not null check (kind in ('ALERT', 'OVERDUE_CASE', 'SURVEY_WAVE', 'IMPORT')),
    -- What it is about (e.g. an alert's id and the step it took): the same event twice is one notice.
    subject          text not null check (length(subject) > 0),
    message_code     text not null check (message_code like 'notice.%'),
    arguments        jsonb not null default '[]' check (jsonb_typeof(arguments) = 'array'),
    link             text not null check (link like '/%'),
    delivery         text not null check (delivery in ('INBOX', 'EMAIL', 'DIGEST')),
    created_at       timestamptz not null,
    read_at          timestamptz,
    -- When it went out by e-mail, on its own or in a weekly digest; null while it did not.
    mailed_at        timestamptz,
    primary key (organization_id, id),
    unique (organization_id, user_id, kind, subject)
);
create index notification_unread on notification (organization_id, user_id) where read_at is null;
create index notification_newest on notification (organization_id, user_id, created_at desc, id);
create index notification_awaiting_digest on notification (organization_id, user_id) where delivery = 'DIGEST' and mailed_at is null;

-- What a person chose per kind; a kind without a row is delivered to the inbox only.
create table notification_preference (
    organization_id  uuid not null references organization (id),
    user_id          uuid not null,
    kind             text not null check (kind in ('ALERT', 'OVERDUE_CASE', 'SURVEY_WAVE', 'IMPORT')),
    delivery         text not null check (delivery in ('INBOX', 'EMAIL', 'DIGEST')),
    primary key (organization_id, user_id, kind)
);

-- Which weekly digest went to whom: claimed before sending, so two nodes or a restart never send one twice.
create table notification_digest (
    organization_id  uuid not null references organization (id),
    user_id          uuid not null,
    week_of          date not null,
    sent_at          timestamptz not null,
    notices          integer not null check (notices >= 0),
    primary key (organization_id, user_id, week_of)
);

-- Support: when a case's passing its target was told, so it is told once.
alter table support_case add column overdue_noticed_at timestamptz;
create index support_case_open_unnoticed on support_case (vendor_id) where resolved_at is null and overdue_noticed_at is null;
