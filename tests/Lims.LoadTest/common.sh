# Shared by run and compare (sourced, not run): wrk, the API process, the PostgreSQL database.

load_password='Load-Bootstrap-Pass-1'

ensure_wrk() {
  command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
}

# free_port <from>: the first port from <from> up that nothing on this machine listens on (other
# load tests may run beside this one).
free_port() {
  local port=$1
  while ss -ltnH "( sport = :$port )" | grep -q .; do port=$((port + 1)); done
  echo "$port"
}

# launch_api <tree> <provider> <connection string> <url> <log>: starts the tree's Release build (with
# the settings in API_ENV, NAME=value words, added), waits for /health; its process id in api_pid.
launch_api() {
  (cd "$1" && Database__Provider=$2 ConnectionStrings__Lims=$3 Bootstrap__AdminPassword=$load_password \
    Certificates__PublicBaseUrl="$4" Auth__SigningKey='load-test-signing-key-of-at-least-32-characters' ASPNETCORE_ENVIRONMENT=Production \
    Logging__LogLevel__Default=Warning RateLimiting__Login__PermitLimit=100000 \
    exec env ${API_ENV:-} dotnet src/Lims.Api/bin/Release/net10.0/Lims.Api.dll --urls "$4") >"$5" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do curl -sf "$4/health" >/dev/null && return 0; sleep 1; done
  echo "the API of $1 did not start; see $5" >&2; exit 1
}

# The connection string of database <name> on the server LIMS_TEST_POSTGRES names.
postgres_database() { echo "$(echo "$LIMS_TEST_POSTGRES" | sed -E "s/(^|;)Database=[^;]*//I");Database=$1"; }

# Before measuring, after the preparation: VACUUM ANALYZE on a PostgreSQL database <name> (so
# autovacuum does not start on the prepared tables during a measured run; the catalogs shared by all
# databases, which only a superuser may vacuum, are skipped quietly; nothing for SQLite) and a
# CHECKPOINT (the preparation's dirty pages written now, not by a checkpoint whose file syncs stall
# the measured run's commits; it needs the pg_checkpoint role, else, on this machine as root, the
# postgres user; skipped when neither), then wait until the machine's CPUs are at least 80 % idle
# over 5 s (the preparation's after-work, build servers winding down), at most 2 minutes.
settle() {
  if [ -n "${1:-}" ] && command -v psql >/dev/null; then
    PGOPTIONS='-c client_min_messages=error' psql "$(psql_server "$1")" -qc "VACUUM (ANALYZE)" >&2 || true
    psql "$(psql_server "$1")" -qc "CHECKPOINT" 2>/dev/null \
      || { [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1 && su postgres -c "psql -qc CHECKPOINT" >/dev/null 2>&1; } || true
  fi
  local end=$((SECONDS + 120)) idle
  while [ $SECONDS -lt $end ]; do
    idle=$(cpu_idle_percent 5)
    [ "$idle" -ge 80 ] && return 0
  done
  echo "the machine stayed busy (last 5 s: $idle % idle); measuring anyway" >&2
}

# Percentage of CPU time idle over <seconds>, from /proc/stat.
cpu_idle_percent() {
  local a b
  a=($(head -1 /proc/stat)); sleep "$1"; b=($(head -1 /proc/stat))
  local total=0 i
  for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
  echo $(( (b[4] + b[5] - a[4] - a[5]) * 100 / (total > 0 ? total : 1) ))
}

# libpq connection parameters for database <name> (or the one LIMS_TEST_POSTGRES names) on that server.
psql_server() {
  local server
  server=$(echo "$LIMS_TEST_POSTGRES" | sed -E 's/;/ /g; s/Host=/host=/I; s/Port=/port=/I; s/Username=/user=/I; s/Password=/password=/I; s/Database=/dbname=/I')
  [ -n "${1:-}" ] && server=$(echo "$server" | sed -E "s/dbname=[^ ]*//I") && server="$server dbname=$1"
  echo "$server"
}

# Dropped once its API has stopped: a plain DROP also ends an autovacuum worker busy in the database
# (WITH (FORCE) would need the right to signal it); FORCE only for connections left behind.
drop_postgres_database() {
  command -v psql >/dev/null || return 0
  local server
  server=$(psql_server)
  psql "$server" -qc "DROP DATABASE IF EXISTS $1" 2>/dev/null || psql "$server" -qc "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >&2 || true
}
