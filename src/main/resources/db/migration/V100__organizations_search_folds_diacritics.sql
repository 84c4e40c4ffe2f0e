-- Issue 13: "poznan" finds what "Poznań" finds. unaccent is a trusted contrib extension (in the
-- embedded PostgreSQL the tests run and in Debian's postgresql-15); its function is only stable,
-- because its dictionary could change, so searches call this immutable wrapper with the
-- dictionary named by schema, which also makes it usable in an index later.
create extension if not exists unaccent;

create or replace function rapport_fold(value text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
