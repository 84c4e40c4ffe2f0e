-- Issue 14: a hub brings its own analysts in, so it has an administrator too.
alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check
    check (role in ('VENDOR_ADMIN', 'CHANNEL_MANAGER', 'VENDOR_EXECUTIVE', 'PARTNER_ADMIN', 'PARTNER_USER',
                    'ANALYST', 'HUB_ADMIN'));
