#!/usr/bin/env bash
# Retention model at scale: BG/NBD fitted on 100,000 partnerships and all of them scored, against
# one evaluation of the log-likelihood in the same run. Needs a JDK 17+. Writes
# bench/results/retention-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="target/classes:$(cat target/classpath.txt)"
RESULT=bench/results/retention-$(date +%F).md
LINE=$(java -cp "$CP" bench/RetentionBench.java 100000 | grep "^customers=")
mkdir -p bench/results
cat > "$RESULT" <<REPORT
# Retention benchmark, $(date +%F)

Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -1).

100,000 partnerships drawn from BG/NBD with the paper's CDNOW parameters (r 0.243, α 4.414,
a 0.793, b 2.426) over up to two years of weeks; fitted by maximum likelihood and every one scored
(P(alive) and the next 13 weeks' expected transactions). Baseline: one evaluation of the
log-likelihood over all 100,000.

$LINE
REPORT
cat "$RESULT"
