#!/usr/bin/env bash
# Engagement benchmark at scale L (100,000 partnerships, about 20,000,000 touchpoints, about
# 10,000,000 sales lines, all generated through the imports):
#  a) a full recompute of every vendor's PEI and VEI for a fiscal quarter (20 vendors, two at a
#     time on 2 cores), against one PostgreSQL scan aggregating the touchpoint links in the same run;
#  b) how long a new touchpoint takes to show in its partnership's scores;
#  c) latency of the engagement endpoints under 16 concurrent clients.
# Loopback only; stops by itself. Needs a JDK 17+, curl and psql. Writes bench/results/engagement-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=8096
PG_PORT=54332
DATA_DIR=$(mktemp -d /tmp/rapport-engagement-bench-XXXXXX)
LOG=$DATA_DIR/app.log
RESULT=bench/results/engagement-$(date +%F).md
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=postgres

./mvnw -q -B -DskipTests package
java -Xmx8g -jar target/rapport-*.jar --rapport.demo.scale=L --rapport.engagement.backfill=false --rapport.embedded-db.data-dir="$DATA_DIR/pg" \
  --rapport.embedded-db.port=$PG_PORT --server.port=$PORT > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA_DIR"' EXIT

for _ in $(seq 1 1800); do
  grep -q "Generated the L demo programme" "$LOG" && break
  grep -q "APPLICATION FAILED\|Application run failed" "$LOG" && { tail -50 "$LOG"; exit 1; }
  sleep 2
done
GENERATED=$(grep "Generated the L demo programme" "$LOG" | sed 's/.*Generated the/Generated the/')
# The generation's imports recompute every vendor's current quarter in the background: let them finish.
for _ in $(seq 1 600); do
  [ "$(grep -c 'Engagement of' "$LOG")" -ge 20 ] && [ "$(psql -Atc "select count(*) from pg_stat_activity where state = 'active' and query not like '%pg_stat_activity%'")" -le 0 ] && break
  sleep 2
done
sleep 5
TOUCHPOINTS=$(psql -Atc "select count(*) from touchpoint")
LINKS=$(psql -Atc "select count(*) from touchpoint_partnership")
LINES=$(psql -Atc "select count(*) from sales_line")
VENDOR=$(psql -Atc "select id from organization where slug = 'vendor04'")
TOKEN=$(curl -sf -u chief@vendor04.example:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  http://localhost:$PORT/api/v1/tokens | sed -E 's/.*"token":"([^"]+)".*/\1/')
CURRENT=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/vendors/$VENDOR/engagement" \
  | sed -E 's/.*"quarter":"([^"]+)".*/\1/')
# The quarter before the current one, in each vendor's own fiscal calendar, has not been computed yet.
PREVIOUS=$(python3 -c "y,q='$CURRENT'.split('-Q'); y,q=int(y),int(q); print(f'{y-1}-Q4' if q==1 else f'{y}-Q{q-1}')")

# Baseline: one scan aggregating every touchpoint link per vendor and kind.
SCAN_MS=$(psql -q -c "\\timing on" -c "select vendor_id, kind, count(*), count(distinct partnership_id) from touchpoint_partnership group by 1, 2" \
  | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | awk '{printf "%d", $1}')

# a) Full recompute: every vendor's chief asks for the quarter, two vendors at a time.
for slug in $(psql -Atc "select slug from organization where kind = 'VENDOR' order by slug"); do
  T=$(curl -sf -u "chief@$slug.example:demo" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    http://localhost:$PORT/api/v1/tokens | sed -E 's/.*"token":"([^"]+)".*/\1/')
  V=$(psql -Atc "select id from organization where slug = '$slug'")
  echo "$T $V"
done > "$DATA_DIR/vendors.txt"
START=$(date +%s%N)
xargs -P 2 -L 1 sh -c 'curl -sf -o /dev/null -H "Authorization: Bearer $0" "http://localhost:'$PORT'/api/v1/vendors/$1/engagement?quarter='$PREVIOUS'"' \
  < "$DATA_DIR/vendors.txt"
RECOMPUTE_MS=$(( ($(date +%s%N) - START) / 1000000 ))
SNAPSHOTS=$(psql -Atc "select count(*) from engagement_snapshot where (fiscal_year, fiscal_quarter) = (${PREVIOUS%-Q*}, ${PREVIOUS#*-Q})")

# b) A new touchpoint reaching one partnership, until its VEI shows the product briefing.
PARTNERSHIP=$(psql -Atc "select id from partnership where vendor_id = '$VENDOR' and status = 'ACTIVE' order by id limit 1")
FRESH=""
for i in 1 2 3 4 5 6 7 8 9 10; do
  BEFORE=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/partnerships/$PARTNERSHIP/engagement" \
    | python3 -c "import sys,json; d=json.load(sys.stdin); print([x['raw'] for x in d['vei']['indicators'] if x['key']=='product_briefings'][0])")
  T0=$(date +%s%N)
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"type\":\"PRODUCT_BRIEFING\",\"occurredAt\":\"$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)\",\"title\":\"Bench briefing $i\",\"partnershipIds\":[\"$PARTNERSHIP\"]}" \
    http://localhost:$PORT/api/v1/touchpoints
  for _ in $(seq 1 400); do
    NOW=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/partnerships/$PARTNERSHIP/engagement" \
      | python3 -c "import sys,json; d=json.load(sys.stdin); print([x['raw'] for x in d['vei']['indicators'] if x['key']=='product_briefings'][0])")
    [ "$NOW" != "$BEFORE" ] && break
    sleep 0.05
  done
  FRESH="$FRESH $(( ($(date +%s%N) - T0) / 1000000 ))"
  sleep 2
done

# c) The engagement endpoints under load.
BASE=/api/v1
PARTNERSHIPS=$(psql -Atc "select string_agg('$BASE/partnerships/' || id || '/engagement', ' ') from (select id from partnership where vendor_id = '$VENDOR' order by id limit 50) p")
ONE=$(java bench/LatencyProbe.java http://localhost:$PORT "$TOKEN" 16 1600 200 $PARTNERSHIPS)
CHANNEL=$(java bench/LatencyProbe.java http://localhost:$PORT "$TOKEN" 16 800 100 "$BASE/vendors/$VENDOR/engagement" "$BASE/vendors/$VENDOR/quadrant")
LIST=$(java bench/LatencyProbe.java http://localhost:$PORT "$TOKEN" 16 1600 200 "$BASE/vendors/$VENDOR/engagement/partnerships?sort=vei" \
  "$BASE/vendors/$VENDOR/engagement/partnerships?sort=pei&page=40" "$BASE/vendors/$VENDOR/engagement/partnerships?communication=SPORADIC&size=100")
# A partnership's history needs every quarter of the last two years: the first view computes those never asked for.
HISTORY_PARTNERSHIP=$(psql -Atc "select id from partnership where vendor_id = '$VENDOR' and status = 'ACTIVE' order by id offset 7 limit 1")
T0=$(date +%s%N)
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT$BASE/partnerships/$HISTORY_PARTNERSHIP/engagement/history"
HISTORY_FIRST_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
HISTORIES=$(psql -Atc "select string_agg('$BASE/partnerships/' || id || '/engagement/history', ' ') from (select id from partnership where vendor_id = '$VENDOR' order by id limit 50) p")
HISTORY=$(java bench/LatencyProbe.java http://localhost:$PORT "$TOKEN" 16 1600 200 $HISTORIES)

mkdir -p bench/results
cat > "$RESULT" <<REPORT
# Engagement benchmark, $(date +%F)

Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; PostgreSQL 17 (embedded); $(java -version 2>&1 | head -1).

$GENERATED — $TOUCHPOINTS touchpoints ($LINKS partnership links) and $LINES sales lines, all through the imports.

## a) Full recompute of every vendor's indices for $PREVIOUS

| what | time | ratio to the scan |
|---|---|---|
| PostgreSQL: one scan aggregating all $LINKS touchpoint links by vendor and kind (baseline) | ${SCAN_MS} ms | 1.0 |
| Rapport: PEI, VEI (each with 1,000-draw rank intervals), engagement beyond selling and the channel-wide VEI for 20 vendors, snapshots stored ($SNAPSHOTS partnerships), two vendors at a time | ${RECOMPUTE_MS} ms | $(awk "BEGIN {printf \"%.1f\", $RECOMPUTE_MS/$SCAN_MS}") |

## b) A new touchpoint in its partnership's scores

From the POST to the first GET that shows it, ten times (ms):$FRESH

## c) Endpoints at scale L, 16 concurrent clients, vendor04 (about 5,000 partnerships)

- one partnership's engagement (50 partnerships in turn): $ONE
- channel-wide VEI and the quadrant: $CHANNEL
- the list, 50 a page (first page by VEI, page 41 by PEI, sporadic ones 100 a page): $LIST
- a partnership's history over eight quarters, once computed (50 partnerships in turn): $HISTORY
- the first history view, computing the quarters nobody had asked for yet: ${HISTORY_FIRST_MS} ms
REPORT
cat "$RESULT"
