-- A partnership rescored alone still counts the vendor's channel-wide conferences in its window:
-- a handful of rows, found without reading the vendor's whole window of touchpoints.
create index touchpoint_channel_conference on touchpoint (vendor_id, occurred_at)
    where kind = 'PARTNER_CONFERENCE' and channel_wide;
