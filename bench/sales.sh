#!/usr/bin/env bash
# Sales benchmark at scale L (100,000 partnerships, about 10,000,000 sales lines):
#  a) import throughput of a 1,000,000-row CSV through POST /api/v1/imports/sales, against
#     PostgreSQL COPY of the very same rows into the same table (and, stricter, into an empty twin);
#  b) latency of the KPI, concentration and by-partnership endpoints under 16 concurrent clients.
# Loopback only; stops by itself. Needs a JDK 17+, curl and psql. Writes bench/results/sales-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=8093
PG_PORT=54330
DATA_DIR=$(mktemp -d /tmp/rapport-sales-bench-XXXXXX)
LOG=$DATA_DIR/app.log
RESULT=bench/results/sales-$(date +%F).md
ROWS=${ROWS:-1000000}
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=postgres

./mvnw -q -B -DskipTests package
java -Xmx6g -jar target/rapport-*.jar --rapport.demo.scale=L --rapport.embedded-db.data-dir="$DATA_DIR/pg" \
  --rapport.embedded-db.port=$PG_PORT --server.port=$PORT --rapport.uploads.max-size=1GB > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA_DIR"' EXIT

for _ in $(seq 1 900); do
  grep -q "Generated the L demo programme" "$LOG" && break
  grep -q "APPLICATION FAILED\|Application run failed" "$LOG" && { tail -50 "$LOG"; exit 1; }
  sleep 2
done
GENERATED=$(grep "Generated the L demo programme" "$LOG" | sed 's/.*Generated the/Generated the/')
LINES=$(psql -Atc "select count(*) from sales_line")
VENDOR=$(psql -Atc "select id from organization where slug = 'vendor04'")

# a) The file: ROWS new lines spread over vendor04's active partnerships, as a vendor's export.
psql -q -c "\\copy (with p as (select row_number() over (order by p.id) - 1 as i, o.tax_id from partnership p
  join organization o on o.id = p.partner_id where p.vendor_id = '$VENDOR' and p.status = 'ACTIVE'),
  n as (select count(*) as c from p)
  select 'BENCH-' || g as external_id, p.tax_id as partner_tax_id, date '2025-01-01' + (g % 600) as closed_on,
         ((g % 50000) + 0.5)::numeric(18,2) as amount, 'PLN' as currency,
         (array['PRODUCT','SOLUTION','SERVICE'])[1 + g % 3] as category
  from generate_series(0, $ROWS - 1) g join p on p.i = g % (select c from n)) to '$DATA_DIR/import.csv' csv header"
TOKEN=$(curl -sf -u chief@vendor04.example:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  http://localhost:$PORT/api/v1/tokens | sed -E 's/.*"token":"([^"]+)".*/\1/')
IMPORT=$(curl -sf -w ' %{time_total}' -H "Authorization: Bearer $TOKEN" -F "file=@$DATA_DIR/import.csv" \
  http://localhost:$PORT/api/v1/imports/sales)
IMPORT_S=$(echo "$IMPORT" | awk '{print $NF}')
AGAIN=$(curl -sf -w ' %{time_total}' -H "Authorization: Bearer $TOKEN" -F "file=@$DATA_DIR/import.csv" \
  http://localhost:$PORT/api/v1/imports/sales)

# Baselines: COPY of the same rows, as stored. First into the same table, as the issue defines it:
# the imported rows are taken out (and the space vacuumed) and copied back in, so the table and its
# indexes are as large as the import found them. Then, stricter, into an empty twin with the same
# indexes, where every index is small and in memory.
psql -q -c "\\copy (select * from sales_line where vendor_id = '$VENDOR' and external_id like 'BENCH-%') to '$DATA_DIR/copy.csv' csv"
psql -q -c "delete from sales_line where vendor_id = '$VENDOR' and external_id like 'BENCH-%'"
psql -q -c "vacuum sales_line"
COPY_MS=$(psql -q -c "\\timing on" -c "\\copy sales_line from '$DATA_DIR/copy.csv' csv" \
  | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | awk '{printf "%d", $1}')
psql -q -c "create table sales_line_copy (like sales_line including all)"
TWIN_MS=$(psql -q -c "\\timing on" -c "\\copy sales_line_copy from '$DATA_DIR/copy.csv' csv" \
  | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | awk '{printf "%d", $1}')
psql -q -c "drop table sales_line_copy"

# b) Latency of the vendor's transaction view. The import dropped vendor04's cube: the first
# request after it loads the cube and the register again.
BASE=/api/v1/vendors/$VENDOR
COLD=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT$BASE/kpis")
KPIS=$(java bench/LatencyProbe.java http://localhost:$PORT "$TOKEN" 16 800 160 \
  "$BASE/kpis" "$BASE/kpis?from=2026-Q1&to=2026-Q2&minDeals=3&minRevenue=50000" "$BASE/kpis?from=2025-Q1&to=2025-Q4")
CONCENTRATION=$(java bench/LatencyProbe.java http://localhost:$PORT "$TOKEN" 16 800 160 \
  "$BASE/concentration" "$BASE/concentration?from=2026-Q1&to=2026-Q2" "$BASE/sales/tiers-by-decile")
BY_PARTNERSHIP=$(java bench/LatencyProbe.java http://localhost:$PORT "$TOKEN" 16 400 80 "$BASE/sales/by-partnership")

IMPORT_RATE=$(awk "BEGIN {printf \"%d\", $ROWS / $IMPORT_S}")
COPY_RATE=$(awk "BEGIN {printf \"%d\", $ROWS * 1000 / $COPY_MS}")
TWIN_RATE=$(awk "BEGIN {printf \"%d\", $ROWS * 1000 / $TWIN_MS}")
mkdir -p bench/results
cat > "$RESULT" <<REPORT
# Sales benchmark, $(date +%F)

Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; PostgreSQL 17 (embedded); $(java -version 2>&1 | head -1).

$GENERATED — $LINES sales lines in all, every one through the import path (CSV, parse, check, COPY to staging, merge, aggregates).

## Import throughput, $ROWS rows for one vendor

| what | rows | time | rows/s | ratio to COPY |
|---|---|---|---|---|
| PostgreSQL COPY of the same rows into sales_line itself (baseline) | $ROWS | ${COPY_MS} ms | $COPY_RATE | 1.00 |
| POST /api/v1/imports/sales (upload, parse, check, convert, stage, merge, aggregates) | $ROWS | ${IMPORT_S} s | $IMPORT_RATE | $(awk "BEGIN {printf \"%.2f\", $IMPORT_RATE/$COPY_RATE}") |

Stricter: COPY of the same rows into an empty twin of sales_line with the same indexes took ${TWIN_MS} ms ($TWIN_RATE rows/s); the import reaches $(awk "BEGIN {printf \"%.2f\", $IMPORT_RATE/$TWIN_RATE}") of that.

First import: \`$(echo "$IMPORT" | sed 's/ [0-9.]*$//')\`
Same file again: \`$(echo "$AGAIN" | sed 's/ [0-9.]*$//')\` in $(echo "$AGAIN" | awk '{print $NF}') s.

## Endpoints at scale L, 16 concurrent clients, vendor04 (about 5,000 partnerships, 500,000 lines)

- first KPI request after the import (loads the cube and the register): ${COLD} s
- KPIs (default period, two quarters with thresholds, a past fiscal year): $KPIS
- concentration and tiers by decile: $CONCENTRATION
- sales by partnership (every partnership, zeros included): $BY_PARTNERSHIP
REPORT
cat "$RESULT"
