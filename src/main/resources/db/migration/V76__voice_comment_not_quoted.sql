-- A partner may write a comment for the count only (issue 12): it says "not to be quoted", so it
-- counts toward the five comments that let comments show, and is never shown verbatim to anyone.
alter table survey_response add column quotable boolean not null default true;
