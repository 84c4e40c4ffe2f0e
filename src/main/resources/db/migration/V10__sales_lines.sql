-- Sales lines per partnership, the exchange rates that bring them into the vendor's reporting
-- currency, an audit trail of corrections and per-quarter aggregates kept current on write.

create table sales_line (
    id                   uuid primary key,
    vendor_id            uuid not null,
    partnership_id       uuid not null,
    external_id          text not null check (length(external_id) between 1 and 100),
    closed_on            date not null,
    fiscal_year          smallint not null,
    fiscal_quarter       smallint not null check (fiscal_quarter between 1 and 4),
    amount               numeric(18, 2) not null,
    currency             char(3) not null check (currency in ('PLN', 'EUR', 'USD')),
    reporting_amount     numeric(18, 2) not null,
    category             text not null check (category in ('PRODUCT', 'SOLUTION', 'SERVICE')),
    description          text,
    end_customer         text,
    end_customer_tax_id  text,
    deal_reference       text,
    imported_at          timestamptz not null default now(),
    corrected_at         timestamptz,
    -- An external id identifies a line within its vendor: re-imports match on it.
    unique (vendor_id, external_id)
);
create index sales_line_partnership on sales_line (partnership_id, closed_on);
create index sales_line_vendor_day on sales_line (vendor_id, closed_on) include (partnership_id, reporting_amount, category);

-- Each change an import makes to an existing line, with the values before and after.
create table sales_line_correction (
    id              bigint generated always as identity primary key,
    vendor_id       uuid not null,
    sales_line_id   uuid not null references sales_line (id) on delete cascade,
    import_id       uuid not null,
    corrected_at    timestamptz not null default now(),
    corrected_by    uuid not null,
    previous        jsonb not null,
    current         jsonb not null
);
create index sales_line_correction_line on sales_line_correction (sales_line_id);

create table sales_import (
    id            uuid primary key,
    vendor_id     uuid not null,
    imported_by   uuid not null,
    file_name     text,
    imported_at   timestamptz not null default now(),
    accepted      integer not null,
    unchanged     integer not null,
    corrected     integer not null
);
create index sales_import_vendor on sales_import (vendor_id, imported_at desc);

-- How many units of the vendor's reporting currency one unit of a currency is worth, for a day
-- or for a whole month (valid_on = the month's first day). A day's rate wins over its month's.
create table exchange_rate (
    vendor_id    uuid not null,
    currency     char(3) not null check (currency in ('PLN', 'EUR', 'USD')),
    granularity  text not null check (granularity in ('DAY', 'MONTH')),
    valid_on     date not null,
    rate         numeric(18, 8) not null check (rate > 0),
    primary key (vendor_id, currency, granularity, valid_on),
    check (granularity = 'DAY' or extract(day from valid_on) = 1)
);

-- Revenue and deals per partnership, fiscal quarter and category, in the reporting currency.
-- Rewritten for the affected partnerships whenever lines are imported or corrected, so KPIs and
-- concentration never scan lines per request.
create table sales_quarter (
    vendor_id       uuid not null,
    partnership_id  uuid not null,
    fiscal_year     smallint not null,
    fiscal_quarter  smallint not null,
    category        text not null,
    revenue         numeric(20, 2) not null,
    deals           integer not null,
    primary key (vendor_id, fiscal_year, fiscal_quarter, partnership_id, category)
);
create index sales_quarter_partnership on sales_quarter (partnership_id);
