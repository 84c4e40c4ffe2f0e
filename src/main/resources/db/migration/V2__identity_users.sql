-- Users, their roles and personal API tokens. A user belongs to exactly one organisation.

create table app_user (
    id               uuid primary key,
    organization_id  uuid not null references organization (id),
    email            text not null check (email = lower(email) and email like '%_@_%'),
    name             text not null,
    password_hash    text not null,
    -- How senior a vendor person is; touchpoints record the most senior person present.
    seniority        text check (seniority in ('CEO', 'EXECUTIVE', 'MANAGER', 'STAFF')),
    enabled          boolean not null default true,
    created_at       timestamptz not null default now(),
    version          integer not null default 0
);
create unique index app_user_email on app_user (email);
create index app_user_organization on app_user (organization_id);

create table user_role (
    user_id  uuid not null references app_user (id) on delete cascade,
    role     text not null check (role in ('VENDOR_ADMIN', 'CHANNEL_MANAGER', 'VENDOR_EXECUTIVE',
                                           'PARTNER_ADMIN', 'PARTNER_USER', 'ANALYST')),
    primary key (user_id, role)
);

-- Only a SHA-256 of the token is kept; the token itself is shown once, when it is created.
create table api_token (
    id            uuid primary key,
    user_id       uuid not null references app_user (id) on delete cascade,
    name          text not null check (length(trim(name)) > 0),
    token_hash    text not null unique,
    token_prefix  text not null,
    created_at    timestamptz not null default now(),
    expires_on    date,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_user on api_token (user_id);
