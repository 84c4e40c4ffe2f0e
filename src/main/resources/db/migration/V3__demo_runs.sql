-- Which demo programme was generated, so a restart never generates it twice.
create table demo_run (
    id            integer primary key check (id = 1),
    scale         text not null check (scale in ('S', 'M', 'L')),
    seed          bigint not null,
    generated_at  timestamptz not null default now(),
    duration_ms   bigint not null
);
