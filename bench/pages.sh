#!/usr/bin/env bash
# Page load times at demo scale S: every role's pages, cold (first request since the start) and
# warm (median and p95 of 20 more), each warm median also as a ratio to a static file served by the
# same server in the same run. Loopback only; stops by itself. Needs a JDK 17+.
# Writes bench/results/pages-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=8093
DATA_DIR=$(mktemp -d /tmp/rapport-pages-XXXXXX)
LOG=$DATA_DIR/app.log
RESULT=bench/results/pages-$(date +%F).md
BASE=http://localhost:$PORT

./mvnw -q -B -DskipTests package
java -jar target/rapport-*.jar --rapport.demo.scale=S --rapport.embedded-db.data-dir="$DATA_DIR/pg" \
  --rapport.embedded-db.port=54331 --server.port=$PORT > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA_DIR"' EXIT
for _ in $(seq 1 300); do
  curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && grep -q "demo programme" "$LOG" && break
  grep -q "APPLICATION FAILED\|Application run failed" "$LOG" && { cat "$LOG"; exit 1; }
  sleep 2
done
sleep 5

PARTNERSHIP=$(curl -sf -u chief@helix.example:demo "$BASE/api/v1/partnerships?size=1" \
  | sed -E 's/.*"content":\[\{"id":"([^"]+)".*/\1/')
PARTNER_ADMIN=admin@$(curl -sf -u chief@helix.example:demo "$BASE/api/v1/partnerships?size=1" \
  | sed -E 's/.*"domains":\["([^"]+)".*/\1/')

{
  echo "# Page load times at scale S — $(date +%F)"
  echo
  echo "Commit \`$(git rev-parse --short HEAD)\`, $(nproc) cores. Cold: the first request for the page since"
  echo "Rapport started (caches empty); warm: median and p95 of 20 more. Ratio: warm median over a static"
  echo "file's in the same run. Produced by \`bench/pages.sh\`."
  echo
  java bench/PageTimes.java "$BASE" 20 \
    chief@helix.example / /partnerships "/partnerships/$PARTNERSHIP" /engagement /engagement/channel \
      /engagement/weights /sales /sales/import /touchpoints /touchpoints/import /cadence-norms /support /alerts \
      /surveys /perception-gap /trends /touchpoints/calendars "/partnerships/$PARTNERSHIP/review.pdf" -- \
    cam1@helix.example / /partnerships /touchpoints /alerts /trends -- \
    ceo@helix.example / /engagement /alerts /trends -- \
    "$PARTNER_ADMIN" / /engagement/vendors /report-card /surveys /support -- \
    analyst@hub.example / /engagement/vendors /surveys
} > "$RESULT"
cat "$RESULT"
