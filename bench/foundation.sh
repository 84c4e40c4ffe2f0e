#!/usr/bin/env bash
# Foundation benchmark: generate demo scale L (100,000 partnerships across 20 vendors) on a fresh
# embedded PostgreSQL, compare its load rate with PostgreSQL COPY of the same partnership rows,
# and measure GET /api/v1/partnerships under 16 concurrent clients. Loopback only; stops by itself.
# Needs: a JDK 17+, psql (Debian's postgresql-client). Writes bench/results/foundation-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=8092
PG_PORT=54329
DATA_DIR=$(mktemp -d /tmp/rapport-bench-XXXXXX)
LOG=$DATA_DIR/app.log
RESULT=bench/results/foundation-$(date +%F).md
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=postgres

./mvnw -q -B -DskipTests package
java -jar target/rapport-*.jar --rapport.demo.scale=L --rapport.embedded-db.data-dir="$DATA_DIR/pg" \
  --rapport.embedded-db.port=$PG_PORT --server.port=$PORT > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA_DIR"' EXIT

for _ in $(seq 1 300); do
  grep -q "Generated the L demo programme" "$LOG" && break
  grep -q "APPLICATION FAILED\|Application run failed" "$LOG" && { cat "$LOG"; exit 1; }
  sleep 2
done
BULK=$(grep "Bulk programme:" "$LOG" | sed 's/.*Bulk programme: //')
PARTNERSHIPS=$(echo "$BULK" | sed -E 's/.* ([0-9]+) partnerships;.*/\1/')
LOAD_MS=$(echo "$BULK" | sed -E 's/.*partnerships loaded in ([0-9]+) ms.*/\1/')
TOTAL_MS=$(grep "Generated the L demo programme" "$LOG" | sed -E 's/.* in ([0-9]+) ms.*/\1/')

# Baseline: COPY the very same partnership rows into a table of the same shape and indexes.
COLUMNS="id, vendor_id, partner_id, tier_id, since, status, ended_on, channel_manager_id, executive_sponsor_id, partner_sort_name"
psql -q -c "\\copy (select $COLUMNS from partnership) to '$DATA_DIR/partnerships.csv' csv"
psql -q -c "create table partnership_copy (like partnership including all)"
COPY_MS=$(psql -q -c "\\timing on" -c "\\copy partnership_copy ($COLUMNS) from '$DATA_DIR/partnerships.csv' csv" \
  | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | awk '{printf "%d", $1}')
psql -q -c "drop table partnership_copy"

TOKEN=$(curl -sf -u chief@vendor04.example:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  http://localhost:$PORT/api/v1/tokens | sed -E 's/.*"token":"([^"]+)".*/\1/')
LIST=$(java bench/LatencyProbe.java http://localhost:$PORT "$TOKEN" 16 4000 400 \
  "/api/v1/partnerships?sort=partner&page=0" "/api/v1/partnerships?sort=tier,desc&page=3" \
  "/api/v1/partnerships?sort=since,desc&page=40" "/api/v1/partnerships?sort=vendor,desc&page=120" \
  "/api/v1/partnerships?sort=status&page=10&tier=Gold" "/api/v1/partnerships?sort=partner,desc&page=200")
SEARCH=$(java bench/LatencyProbe.java http://localhost:$PORT "$TOKEN" 16 400 80 \
  "/api/v1/partnerships?q=sp&sort=status&page=10" "/api/v1/partnerships?q=Kowalski&sort=partner" \
  "/api/v1/partnerships?q=Opole&sort=since,desc")

LOAD_RATE=$(( PARTNERSHIPS * 1000 / (LOAD_MS > 0 ? LOAD_MS : 1) ))
TOTAL_RATE=$(( PARTNERSHIPS * 1000 / TOTAL_MS ))
COPY_RATE=$(( PARTNERSHIPS * 1000 / (COPY_MS > 0 ? COPY_MS : 1) ))
mkdir -p bench/results
cat > "$RESULT" <<REPORT
# Foundation benchmark, $(date +%F)

Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; PostgreSQL 17 (embedded); $(java -version 2>&1 | head -1).

## Generating scale L

$BULK

| what | partnerships | time | partnerships/s | ratio to COPY |
|---|---|---|---|---|
| PostgreSQL COPY of the same partnership rows (baseline) | $PARTNERSHIPS | ${COPY_MS} ms | $COPY_RATE | 1.00 |
| bulk loader, partnership rows (COPY with FK checks and triggers) | $PARTNERSHIPS | ${LOAD_MS} ms | $LOAD_RATE | $(awk "BEGIN {printf \"%.2f\", $LOAD_RATE/$COPY_RATE}") |
| whole L programme end to end (generate 65,700 partners, users, tiers, partnerships; load) | $PARTNERSHIPS | ${TOTAL_MS} ms | $TOTAL_RATE | $(awk "BEGIN {printf \"%.2f\", $TOTAL_RATE/$COPY_RATE}") |

## GET /api/v1/partnerships at scale L, 16 concurrent clients, bearer token

A vendor with about 5,000 partnerships; sorts by partner, tier, since, vendor, status; pages 0 to 200.

- list pages: $LIST
- free-text search (q): $SEARCH
REPORT
cat "$RESULT"
