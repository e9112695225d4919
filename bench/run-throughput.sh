#!/usr/bin/env bash
# run-throughput.sh: big-input throughput of `incident normalize` (and optionally
# `incident merge`) next to a plain CSV-to-JSONL copy of the same file, on one core.
#
# Usage: ./run-throughput.sh [-n ROWS] [-seed SEED] [-runs N] [-merge] [-keep]
#   -n     records to generate (default 1000000)
#   -seed  generator seed (default 1); the same seed gives the same file
#   -runs  timing rounds (default 3): the fastest round of each command counts, so that the
#          ratio holds on a noisy machine; the commands alternate within a round
#   -merge also generate -n normalized incidents and time `incident merge` on them
#   -keep  keep the generated and output files in out/ (default: delete the big outputs)
#
# It builds cmd/gencsv, cmd/csvcopy and ../cmd/incident (or copies the binary named by
# $INCIDENT_BIN) into out/, generates out/records.csv, then times, each pinned to one core
# (GOMAXPROCS=1, and taskset when present): csvcopy (the baseline: encoding/csv in,
# encoding/json out), csvcopy -fast (a hand-written JSON encoder: the lower bound of a
# copy), and `incident normalize -profile dayfirst`. It prints records/s, wall time and peak
# resident memory of each (from /usr/bin/time -v, or by sampling /proc/PID/status VmHWM when
# GNU time is missing), and the time ratio normalize/copy. Targets (DESIGN.md): >= 150,000
# records/s, peak < 100 MB, ratio <= 2. Each command starts after a sync and without the
# previous round's output file, so that none waits for another's disk writeback; with GNU
# time it also prints the CPU time (user + system) of each and its ratio, which a loaded
# machine disturbs less than wall time. It also prints the package init cost of the
# command (GODEBUG=inittrace=1; target < 5 ms and 5 MB).
# The script is run by hand, not in CI; out/ is git-ignored.
set -euo pipefail

rows=1000000
seed=1
runs=3
merge=0
keep=0
while [ $# -gt 0 ]; do
	case "$1" in
	-n) rows=$2; shift 2 ;;
	-seed) seed=$2; shift 2 ;;
	-runs) runs=$2; shift 2 ;;
	-merge) merge=1; shift ;;
	-keep) keep=1; shift ;;
	-h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print } /^set -e/ { exit }' "$0"; exit 0 ;;
	*) echo "run-throughput.sh: unknown argument $1 (try -h)" >&2; exit 2 ;;
	esac
done
case "$rows" in ''|*[!0-9]*) echo "run-throughput.sh: -n wants a number" >&2; exit 2 ;; esac
case "$runs" in ''|0|*[!0-9]*) echo "run-throughput.sh: -runs wants a positive number" >&2; exit 2 ;; esac

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out=$here/out
mkdir -p "$out"
cd "$here"

command -v go >/dev/null || { echo "run-throughput.sh: go not found in PATH" >&2; exit 1; }

echo "== building"
go build -o "$out/gencsv" ./cmd/gencsv
go build -o "$out/csvcopy" ./cmd/csvcopy
have_cli=0
if [ -n "${INCIDENT_BIN:-}" ]; then
	cp "$INCIDENT_BIN" "$out/incident" && have_cli=1
elif [ -d "$root/cmd/incident" ]; then
	if (cd "$root" && go build -o "$out/incident" ./cmd/incident) 2>"$out/build-incident.log"; then
		have_cli=1
	else
		echo "   ../cmd/incident does not build (see out/build-incident.log): timing the copy only"
	fi
else
	echo "   ../cmd/incident does not exist yet: timing the copy only"
fi

pin=()
if command -v taskset >/dev/null && taskset -c 0 true 2>/dev/null; then
	pin=(taskset -c 0)
fi

# measure NAME CMD...: runs CMD on one core, stdout and stderr to out/NAME.stdout/.stderr,
# and sets the globals secs, peak_kb and status.
measure() {
	local name=$1; shift
	local so="$out/$name.stdout" se="$out/$name.stderr" tf="$out/$name.time"
	local start end
	# Dirty pages of earlier commands (the normalize output is about 1.3 GB) are flushed
	# first, so that no command waits for another's writeback.
	sync
	start=$(date +%s.%N)
	set +e
	if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
		GOMAXPROCS=1 /usr/bin/time -v -o "$tf" "${pin[@]}" "$@" >"$so" 2>"$se"
		status=$?
		peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tf")
		cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$tf")
	else
		GOMAXPROCS=1 "${pin[@]}" "$@" >"$so" 2>"$se" &
		local pid=$! hwm=0 v
		while kill -0 "$pid" 2>/dev/null; do
			v=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
			if [ -n "$v" ] && [ "$v" -gt "$hwm" ]; then hwm=$v; fi
			sleep 0.05
		done
		wait "$pid"
		status=$?
		peak_kb="$hwm (sampled)"
		cpu=""
	fi
	set -e
	end=$(date +%s.%N)
	secs=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')
}

# keep NAME: records the last measure of NAME if it is the fastest so far, and likewise its
# CPU time (user + system); the peak memory kept is the largest seen.
declare -A best_secs best_kb best_note best_cpu
keep() {
	local kb=${peak_kb%% *}
	if [ -z "${best_secs[$1]:-}" ] || awk -v a="$secs" -v b="${best_secs[$1]}" 'BEGIN { exit !(a < b) }'; then
		best_secs[$1]=$secs
	fi
	if [ -n "$cpu" ] && { [ -z "${best_cpu[$1]:-}" ] || awk -v a="$cpu" -v b="${best_cpu[$1]}" 'BEGIN { exit !(a < b) }'; }; then
		best_cpu[$1]=$cpu
	fi
	if [ -z "${best_kb[$1]:-}" ] || [ "$kb" -gt "${best_kb[$1]}" ]; then
		best_kb[$1]=$kb
	fi
	best_note[$1]=${peak_kb#"$kb"}
}

# report NAME LABEL RECORDS: one line of results for the best measures of NAME.
report() {
	awk -v n="$2" -v r="$3" -v s="${best_secs[$1]}" -v kb="${best_kb[$1]}" -v note="${best_note[$1]}" -v cpu="${best_cpu[$1]:-}" 'BEGIN {
		printf "   %-22s %9d records %8.2f s %10.0f records/s   peak RSS %7.1f MB%s%s\n", n, r, s, (s > 0 ? r / s : 0), kb / 1024, note, (cpu != "" ? sprintf("   CPU %.2f s", cpu) : "") }'
}

lines() { if [ -f "$1" ]; then wc -l <"$1" | tr -d ' '; else echo 0; fi; }

echo "== generating $rows records (seed $seed) into out/records.csv"
"$out/gencsv" -n "$rows" -seed "$seed" -o "$out/records.csv"
echo "   $(du -h "$out/records.csv" | cut -f1) on disk"

echo "== timing on one core (GOMAXPROCS=1${pin:+, taskset -c 0}), fastest of $runs rounds"
norm_ok=$have_cli
for ((round = 1; round <= runs; round++)); do
	# Outputs of the previous round are removed first: truncating a 1.3 GB file is no part
	# of the command's work.
	rm -f "$out/copy.jsonl" "$out/normalized.jsonl"
	measure csvcopy-fast "$out/csvcopy" -fast -o "$out/copy.jsonl" "$out/records.csv"
	if [ "$status" -ne 0 ]; then
		echo "   csvcopy -fast failed with exit $status:"; cat "$out/csvcopy-fast.stderr" >&2; exit 1
	fi
	keep csvcopy-fast
	rm -f "$out/copy.jsonl"
	measure csvcopy "$out/csvcopy" -o "$out/copy.jsonl" "$out/records.csv"
	if [ "$status" -ne 0 ]; then
		echo "   csvcopy failed with exit $status:"; cat "$out/csvcopy.stderr" >&2; exit 1
	fi
	keep csvcopy
	if [ "$norm_ok" = 1 ]; then
		measure normalize "$out/incident" normalize -profile dayfirst -o "$out/normalized.jsonl" \
			-rejects "$out/rejects.jsonl" "$out/records.csv"
		# The CLI documents exit 1 as "some records rejected": the run itself completed.
		if [ "$status" -gt 1 ]; then
			echo "   incident normalize failed with exit $status (out/normalize.stderr):"
			tail -n 20 "$out/normalize.stderr" >&2
			norm_ok=0
		else
			keep normalize
		fi
	fi
done
report csvcopy-fast "csvcopy -fast" "$(lines "$out/copy.jsonl")"
report csvcopy "csvcopy (baseline)" "$(lines "$out/copy.jsonl")"
if [ "$norm_ok" = 1 ]; then
	written=$(lines "$out/normalized.jsonl")
	rejected=$(lines "$out/rejects.jsonl")
	report normalize "incident normalize" "$rows"
	echo "   records in $rows, incidents out $written, rejects $rejected$([ $((written + rejected)) -ne "$rows" ] && echo '  <-- records in != out + rejects')"
	awk -v a="${best_secs[normalize]}" -v b="${best_secs[csvcopy]}" -v f="${best_secs[csvcopy-fast]}" 'BEGIN {
		if (b > 0) printf "   normalize / copy time ratio: %.2f (target <= 2; %.2f against csvcopy -fast)\n", a / b, (f > 0 ? a / f : 0) }'
	if [ -n "${best_cpu[normalize]:-}" ] && [ -n "${best_cpu[csvcopy]:-}" ]; then
		# On a loaded machine wall time includes waiting for the core and for the disk;
		# CPU time does not.
		awk -v a="${best_cpu[normalize]}" -v b="${best_cpu[csvcopy]}" 'BEGIN {
			if (b > 0) printf "   normalize / copy CPU time (user + system) ratio: %.2f\n", a / b }'
	fi
	echo "   summary of the CLI (stderr, last round):"
	tail -n 12 "$out/normalize.stderr" | sed 's/^/     /'
fi

if [ "$have_cli" = 1 ]; then
	# DESIGN.md: package init under 5 ms and 5 MB; tables are built lazily on first use.
	echo "== package init of the incident command (GODEBUG=inittrace=1; target < 5 ms, 5 MB)"
	GODEBUG=inittrace=1 "$out/incident" country Lithuania >/dev/null 2>"$out/inittrace.log" || true
	grep -E '^init github.com/hybridwatch/incident(/[a-z]+)? ' "$out/inittrace.log" | sed 's/^/   /' ||
		echo "   no init line for the incident package (nothing to initialize)"
fi

if [ "$merge" = 1 ]; then
	echo "== generating $rows normalized incidents into out/incidents.jsonl"
	"$out/gencsv" -n "$rows" -seed "$seed" -format incidents -o "$out/incidents.jsonl"
	if [ "$have_cli" = 1 ]; then
		measure merge "$out/incident" merge -o "$out/merged.jsonl" "$out/incidents.jsonl"
		if [ "$status" -gt 1 ]; then
			echo "   incident merge failed with exit $status (out/merge.stderr):"
			tail -n 20 "$out/merge.stderr" >&2
		else
			keep merge
			report merge "incident merge" "$rows"
			echo "   incidents in $rows, merged incidents out $(lines "$out/merged.jsonl") (targets: >= 50,000/s, < 1 GB)"
		fi
	else
		echo "   no incident CLI: generated only"
	fi
fi

if [ "$keep" = 0 ]; then
	rm -f "$out/copy.jsonl" "$out/normalized.jsonl" "$out/merged.jsonl" "$out"/*.stdout
fi
echo "== done (outputs in $out)"
