#!/usr/bin/env bash
# Crash test: kills the JVM with kill -9
#  a) in the middle of a 1,000,000-row sales import (while it merges the staged rows),
#  b) in the middle of a full engagement recompute (new weights: every stored quarter),
#  c) while the daily survey run closes a wave and the recompute its closing starts;
# after each, starts Rapport again on the same database and checks that nothing is lost or doubled:
# the import wholly absent (then sent again: accepted, then unchanged), the recompute finished, the
# wave closed exactly once, sales lines = quarterly totals and answers = results.
# The first run generates the S demo on the embedded PostgreSQL (fixed port); that server outlives
# the JVM, as a database server would, and the restarts connect to it. Loopback only; every wait has
# a bound; stops by itself. Needs a JDK 17+, curl, psql and python3. Writes bench/results/crash-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=8097
PG_PORT=54341
DATA_DIR=$(mktemp -d /tmp/rapport-crash-XXXXXX)
RESULT=bench/results/crash-$(date +%F).md
ROWS=${ROWS:-1000000}
BASE=http://localhost:$PORT
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=postgres
APP=""
RUN=0

stop_all() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
  # The embedded PostgreSQL the first run started, by the id in its pid file: a fast shutdown.
  if [ -f "$DATA_DIR/pg/postmaster.pid" ]; then
    PG_PID=$(head -1 "$DATA_DIR/pg/postmaster.pid")
    kill -INT "$PG_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PG_PID" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$DATA_DIR"
}
trap stop_all EXIT

fail() { echo "crash.sh: $*" >&2; [ -n "$APP" ] && tail -40 "$DATA_DIR/run$RUN.log" >&2; exit 1; }
q() { psql -Atqc "$1"; }
# Waits up to $1 seconds for the shell condition $2.
wait_for() {
  local limit=$1; shift
  for _ in $(seq 1 $((limit * 5))); do eval "$1" && return 0; sleep 0.2; done
  return 1
}

# Starts Rapport: the first run on its embedded PostgreSQL (and generates the demo), every later one
# on that same server, which kept running when the JVM was killed.
start() {
  RUN=$((RUN + 1))
  local db t0
  t0=$(date +%s)
  if [ $RUN -eq 1 ]; then
    db="--rapport.embedded-db.data-dir=$DATA_DIR/pg --rapport.embedded-db.port=$PG_PORT"
  else
    db="--spring.datasource.url=jdbc:postgresql://localhost:$PG_PORT/postgres --spring.datasource.username=postgres"
  fi
  # The daily survey run every 15 seconds, so the closing happens while this script watches.
  # shellcheck disable=SC2086
  java -Xmx3g -jar target/rapport-*.jar $db --rapport.demo.scale=S --server.port=$PORT --rapport.uploads.max-size=1GB \
    "--rapport.voice.daily-cron=*/15 * * * * *" > "$DATA_DIR/run$RUN.log" 2>&1 &
  APP=$!
  local ready="grep -q 'Generated the S demo programme\|Demo programme already generated' $DATA_DIR/run$RUN.log"
  [ $RUN -gt 1 ] && ready="true"
  wait_for 900 "($ready) && curl -sf -o /dev/null $BASE/actuator/health || grep -q 'APPLICATION FAILED\|Application run failed' $DATA_DIR/run$RUN.log" \
    || fail "run $RUN did not start"
  grep -q 'APPLICATION FAILED\|Application run failed' "$DATA_DIR/run$RUN.log" && fail "run $RUN failed"
  START_S=$(( $(date +%s) - t0 ))
}

# kill -9, then waits until PostgreSQL has noticed: the dead JVM's sessions end and their open transactions roll
# back. A session in the middle of a statement notices only when the statement is done (CRASH_GONE_S: how long).
crash() {
  kill -9 "$APP"
  wait "$APP" 2>/dev/null || true
  APP=""
  local t0; t0=$(date +%s)
  wait_for 900 '[ "$(q "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = '"'client backend'"'")" = 0 ]' \
    || fail "the killed JVM's sessions did not end"
  CRASH_GONE_S=$(( $(date +%s) - t0 ))
}

# Background work not finished: event publications not completed.
outstanding() { q "select count(*) from event_publication where completion_date is null"; }

# Sales lines against the quarterly totals, per vendor, partnership, fiscal quarter and category: rows that differ.
reconcile_sales() {
  q "with l as (select vendor_id, partnership_id, fiscal_year, fiscal_quarter, category, sum(reporting_amount) r, count(*) d
       from sales_line group by 1, 2, 3, 4, 5)
     select count(*) from l full join sales_quarter s using (vendor_id, partnership_id, fiscal_year, fiscal_quarter, category)
     where l.r is distinct from s.revenue or l.d is distinct from s.deals"
}

token() {
  curl -sf -u "$1:demo" -H 'Content-Type: application/json' -d '{"name":"crash"}' "$BASE/api/v1/tokens" \
    | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])'
}

./mvnw -q -B -DskipTests package
start
wait_for 600 '[ "$(outstanding)" = 0 ]' || fail "the demo's background work did not finish"
GENERATED=$(grep "Generated the S demo programme" "$DATA_DIR/run1.log" | sed 's/.*Generated the/Generated the/')

# The vendor with the most active partnerships, and its channel chief.
VENDOR=$(q "select vendor_id from partnership where status = 'ACTIVE' group by vendor_id order by count(*) desc, vendor_id limit 1")
CHIEF=$(q "select email from app_user where organization_id = '$VENDOR' and email like 'chief@%'")
VENDOR_NAME=$(q "select name from organization where id = '$VENDOR'")
CURRENCY=$(q "select reporting_currency from vendor_programme where vendor_id = '$VENDOR'")
TOKEN=$(token "$CHIEF")

# ---------------------------------------------------------------------------------------------
# a) kill -9 while a 1,000,000-row import merges its staged rows
# The file: the vendor's partners as its API lists them (those in the programme since before 2025),
# 600 days of 2025–2026, three categories, as a vendor's export.
curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/partnerships?status=ACTIVE&size=100" > "$DATA_DIR/partnerships.json"
python3 - "$DATA_DIR/partnerships.json" "$DATA_DIR/import.csv" "$ROWS" "$CURRENCY" <<'PY'
import sys, json, datetime
page = json.load(open(sys.argv[1]))
tax_ids = [p["partner"]["taxId"] for p in page["content"] if p["since"] < "2025-01-01" and p["partner"]["taxId"]]
rows, currency = int(sys.argv[3]), sys.argv[4]
start = datetime.date(2025, 1, 1)
days = [(start + datetime.timedelta(d)).isoformat() for d in range(600)]
categories = ["PRODUCT", "SOLUTION", "SERVICE"]
with open(sys.argv[2], "w") as out:
    out.write("external_id,partner_tax_id,closed_on,amount,currency,category\n")
    for g in range(rows):
        out.write(f"CRASH-{g},{tax_ids[g % len(tax_ids)]},{days[g % 600]},{g % 50000}.50,{currency},{categories[g % 3]}\n")
PY
FILE_MB=$(du -m "$DATA_DIR/import.csv" | cut -f1)
LINES_BEFORE=$(q "select count(*) from sales_line where vendor_id = '$VENDOR'")
IMPORTS_BEFORE=$(q "select count(*) from sales_import where vendor_id = '$VENDOR'")
T0=$(date +%s%N)
curl -s -o "$DATA_DIR/import-killed.json" -H "Authorization: Bearer $TOKEN" -F "file=@$DATA_DIR/import.csv" \
  "$BASE/api/v1/imports/sales" > /dev/null 2>&1 &
UPLOAD=$!
wait_for 900 '[ "$(q "select count(*) from pg_stat_activity where query like '"'%insert into sales_line (id, vendor_id%'"' and state = '"'active'"' and pid <> pg_backend_pid()")" != 0 ] || ! kill -0 $UPLOAD 2>/dev/null' \
  || fail "the import never reached its merge"
kill -0 $UPLOAD 2>/dev/null || fail "the import finished before it could be killed: $(cat "$DATA_DIR/import-killed.json")"
sleep 1
A_KILLED_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
crash
A_GONE_S=$CRASH_GONE_S
wait $UPLOAD 2>/dev/null || true
A_LINES=$(q "select count(*) from sales_line where vendor_id = '$VENDOR' and external_id like 'CRASH-%'")
A_IMPORTS=$(( $(q "select count(*) from sales_import where vendor_id = '$VENDOR'") - IMPORTS_BEFORE ))
A_RECONCILED=$(reconcile_sales)
if [ "$A_LINES" = 0 ] && [ "$A_IMPORTS" = 0 ]; then A_VERDICT="wholly absent"
elif [ "$A_LINES" = "$ROWS" ] && [ "$A_IMPORTS" = 1 ]; then A_VERDICT="wholly present"
else A_VERDICT="PARTLY PRESENT"; fi
start
A_RESTART_S=$START_S
TOKEN=$(token "$CHIEF")
A_AGAIN=$(curl -sf -w ' in %{time_total} s' -H "Authorization: Bearer $TOKEN" -F "file=@$DATA_DIR/import.csv" "$BASE/api/v1/imports/sales")
A_THIRD=$(curl -sf -w ' in %{time_total} s' -H "Authorization: Bearer $TOKEN" -F "file=@$DATA_DIR/import.csv" "$BASE/api/v1/imports/sales")
A_LINES_AFTER=$(q "select count(*) from sales_line where vendor_id = '$VENDOR' and external_id like 'CRASH-%'")
A_ALL_LINES=$(q "select count(*) from sales_line where vendor_id = '$VENDOR'")
A_RECONCILED_AFTER=$(reconcile_sales)
wait_for 600 '[ "$(outstanding)" = 0 ]' || fail "the import's recompute did not finish"

# ---------------------------------------------------------------------------------------------
# b) kill -9 in the middle of a full recompute: new weights recompute every stored quarter
QUARTERS=$(q "select count(*) from engagement_channel_snapshot where vendor_id = '$VENDOR'")
q "select fiscal_year || '-Q' || fiscal_quarter, count(*) from engagement_snapshot where vendor_id = '$VENDOR' group by 1 order by 1" \
  > "$DATA_DIR/quarters-before.txt"
LOGGED=$(grep -c "Engagement of $VENDOR_NAME for" "$DATA_DIR/run$RUN.log" || true)
VERSION=$(curl -sf -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"revenue":4.0,"direct_meetings":4.0}' \
  "$BASE/api/v1/vendors/$VENDOR/engagement/weights" | python3 -c 'import sys, json; print(json.load(sys.stdin)["version"])')
wait_for 300 '[ "$(grep -c "Engagement of $VENDOR_NAME for" "$DATA_DIR/run$RUN.log")" -gt "$LOGGED" ]' || fail "the recompute never stored a quarter"
crash
B_DONE=$(q "select count(distinct (fiscal_year, fiscal_quarter)) from engagement_snapshot where vendor_id = '$VENDOR' and weights_version = $VERSION")
B_PUBLICATION=$(q "select coalesce(status, '-') from event_publication where event_type like '%EngagementWeightsChanged' and serialized_event like '%$VENDOR%' order by publication_date desc limit 1")
start
B_RESTART_S=$START_S
T0=$(date +%s)
wait_for 600 '[ "$(q "select count(*) from engagement_snapshot where vendor_id = '"'$VENDOR'"' and weights_version <> $VERSION")" = 0 ] && [ "$(outstanding)" = 0 ]' \
  || fail "the recompute was not finished after the restart"
B_FINISHED_S=$(( $(date +%s) - T0 ))
q "select fiscal_year || '-Q' || fiscal_quarter, count(*) from engagement_snapshot where vendor_id = '$VENDOR' and weights_version = $VERSION group by 1 order by 1" \
  > "$DATA_DIR/quarters-after.txt"
B_SAME=$(cmp -s "$DATA_DIR/quarters-before.txt" "$DATA_DIR/quarters-after.txt" && echo "the same" || echo "DIFFERENT")
B_PER_QUARTER=$(paste -d'|' "$DATA_DIR/quarters-before.txt" "$DATA_DIR/quarters-after.txt" | awk -F'|' '{printf "%s%s: %s → %s", (NR > 1 ? ", " : ""), $1, $2, $4}')

# ---------------------------------------------------------------------------------------------
# c) kill -9 while the daily run closes a wave: the vendor's open wave reaches its last day
SURVEY=$(q "select id from survey where run_by = '$VENDOR' and closed_on is null and opens_on <= current_date order by closes_on limit 1")
[ -n "$SURVEY" ] || fail "the vendor has no open wave"
SURVEY_TITLE=$(q "select title from survey where id = '$SURVEY'")
C_ANSWERS=$(q "select count(*) from survey_response where survey_id = '$SURVEY'")
C_RATINGS=$(q "select count(*) from survey_rating r join survey_response s on s.id = r.response_id where s.survey_id = '$SURVEY'")
# The calendar moves on: yesterday was the wave's last day.
q "update survey set opens_on = least(opens_on, current_date - 1), closes_on = current_date - 1 where id = '$SURVEY'" > /dev/null
CLOSES_ON=$(q "select closes_on from survey where id = '$SURVEY'")
wait_for 60 'grep -q "Closing survey wave $SURVEY_TITLE" "$DATA_DIR/run$RUN.log"' || fail "the daily run did not close the wave"
crash
C_CLOSED=$(q "select coalesce(closed_on::text, 'not closed') from survey where id = '$SURVEY'")
C_PUBLICATIONS=$(q "select count(*) || ' (' || count(*) filter (where completion_date is null) || ' not completed)' from event_publication
  where event_type like '%EngagementInputsChanged' and serialized_event::jsonb ->> 'vendorId' = '$VENDOR' and serialized_event::jsonb ->> 'since' = '$CLOSES_ON'")
start
C_RESTART_S=$START_S
wait_for 600 '[ "$(outstanding)" = 0 ]' || fail "the closing's recompute was not finished after the restart"
# Three more daily runs must not close it again.
RUNS=$(grep -c "Closing survey wave" "$DATA_DIR/run$RUN.log" || true)
sleep 46
wait_for 600 '[ "$(outstanding)" = 0 ]' || fail "background work did not finish"
TOKEN=$(token "$CHIEF")
C_CLOSED_AFTER=$(q "select coalesce(closed_on::text, 'not closed') from survey where id = '$SURVEY'")
C_PUBLICATIONS_AFTER=$(q "select count(*) || ' (' || count(*) filter (where completion_date is null) || ' not completed)' from event_publication
  where event_type like '%EngagementInputsChanged' and serialized_event::jsonb ->> 'vendorId' = '$VENDOR' and serialized_event::jsonb ->> 'since' = '$CLOSES_ON'")
C_CLOSINGS_LOGGED=$(grep -c "Closing survey wave $SURVEY_TITLE" "$DATA_DIR/run$RUN.log" || true)
C_ANSWERS_AFTER=$(q "select count(*) from survey_response where survey_id = '$SURVEY'")
C_RATINGS_AFTER=$(q "select count(*) from survey_rating r join survey_response s on s.id = r.response_id where s.survey_id = '$SURVEY'")
C_NPS_SQL=$(q "select round(100.0 * (count(*) filter (where nps >= 9) - count(*) filter (where nps <= 6)) / count(*), 1) from survey_response where survey_id = '$SURVEY' and vendor_id = '$VENDOR'")
curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/surveys/$SURVEY/results?vendorId=$VENDOR" > "$DATA_DIR/results.json"
C_RESULTS=$(python3 -c 'import sys, json; d = json.load(open(sys.argv[1])); n = d["nps"]; print(d["respondents"], "respondents, NPS", "suppressed" if n["suppressed"] else round(n["score"], 1))' "$DATA_DIR/results.json")
C_CHANNEL=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/vendors/$VENDOR/engagement" \
  | python3 -c 'import sys, json; d = json.load(sys.stdin); print(([round(i["raw"], 1) for i in d["vei"]["indicators"] if i["key"] == "partner_nps"] + ["missing (under five answers)"])[0])')
C_FRESH=$(q "select count(*) from engagement_channel_snapshot where vendor_id = '$VENDOR' and computed_at >= (select max(publication_date) from event_publication
  where event_type like '%EngagementInputsChanged' and serialized_event::jsonb ->> 'vendorId' = '$VENDOR' and serialized_event::jsonb ->> 'since' = '$CLOSES_ON')")
FINAL_RECONCILED=$(reconcile_sales)
FINAL_OUTSTANDING=$(outstanding)

mkdir -p bench/results
cat > "$RESULT" <<REPORT
# Crash test, $(date +%F)

Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; PostgreSQL $(q "show server_version"); $(java -version 2>&1 | head -1).

$GENERATED. Vendor under test: $VENDOR_NAME ($(q "select count(*) from partnership where vendor_id = '$VENDOR' and status = 'ACTIVE'") active partnerships).
Each time the JVM was killed with \`kill -9\` and Rapport started again on the same PostgreSQL, which
kept running. "Reconciled" counts the (vendor, partnership, quarter, category) groups where the
sales lines and the quarterly totals differ: 0 means they agree everywhere.

| # | killed | found in the database after the kill | after the restart |
|---|---|---|---|
| a | a ${ROWS}-row import (${FILE_MB} MB CSV) ${A_KILLED_MS} ms after the upload began, one second into its merge | ${A_LINES} of its lines, ${A_IMPORTS} import records: ${A_VERDICT} (the dead JVM's session, still merging, ended ${A_GONE_S} s after the kill); reconciled: ${A_RECONCILED} differing | up in ${A_RESTART_S} s; the file sent again: \`$(echo "$A_AGAIN" | sed 's/"errors":\[\]//')\`; once more: \`$(echo "$A_THIRD" | sed 's/"errors":\[\]//')\`; ${A_LINES_AFTER} lines of the file, ${A_ALL_LINES} of the vendor; reconciled: ${A_RECONCILED_AFTER} differing |
| b | a full recompute (weights version ${VERSION}, ${QUARTERS} stored quarters) just after it stored its first quarter | ${B_DONE} of ${QUARTERS} quarters scored with the new weights; the recompute's event publication: ${B_PUBLICATION} | up in ${B_RESTART_S} s; the publication resubmitted on start, every quarter scored with version ${VERSION} ${B_FINISHED_S} s later; partnerships per quarter before and after ${B_SAME} (${B_PER_QUARTER}) |
| c | the daily run the moment it logged closing the wave "${SURVEY_TITLE}" (last day ${CLOSES_ON}, ${C_ANSWERS} answers, ${C_RATINGS} ratings) | wave closed on: ${C_CLOSED}; its closing's publications: ${C_PUBLICATIONS} | up in ${C_RESTART_S} s; closed on ${C_CLOSED_AFTER}; publications ${C_PUBLICATIONS_AFTER} after three more daily runs (${C_CLOSINGS_LOGGED} closing logged since the start); ${C_ANSWERS_AFTER} answers, ${C_RATINGS_AFTER} ratings; results: ${C_RESULTS} (psql: ${C_NPS_SQL}); channel-wide VEI's partner NPS: ${C_CHANNEL}, its snapshots recomputed since the closing: ${C_FRESH} |

At the end: sales lines against quarterly totals ${FINAL_RECONCILED} differing; event publications not completed: ${FINAL_OUTSTANDING}.
REPORT
cat "$RESULT"
