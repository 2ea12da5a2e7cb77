#!/bin/sh
# Container entry point (docs/container.md).
#
#   start.sh           the server; with MIGRATE_ON_START=true, pending migrations first
#   start.sh migrate   pending migrations only, then exit (the one-shot migration job)
#
# Migrations are never applied behind an operator's back: without MIGRATE_ON_START the server
# checks at start and, in staging/production, refuses to start while any is pending, saying
# which (docs/database.md). MIGRATE_ON_START is for a single replica: several replicas need the
# one-shot job (docs/container.md, "Several replicas").
#
# Signals: during the migration phase this shell runs the migration runner as a child, passes
# SIGTERM/SIGINT on to it, waits for it and exits with its status (143 after SIGTERM) without
# starting the server; the server itself replaces this shell (exec), so the signal reaches it
# directly. This matters when the shell is the container's PID 1 (no init), which the kernel
# shields from every signal it has no handler for.
set -eu
cd "$(dirname "$0")/.."

# SQLite under /data without a volume there: the database dies with the container.
case "${DATABASE_URL:-}" in
  sqlite:////data/*)
    if [ -r /proc/self/mountinfo ] && ! awk '$5 == "/data" { found = 1 } END { exit !found }' /proc/self/mountinfo; then
      echo "start.sh: warning: DATABASE_URL is a SQLite file under /data but no volume is mounted on /data: the database is lost with the container (docker run -v rulate-data:/data ...)" >&2
    fi
    ;;
esac

child=
stop_signal=
forward() {
  stop_signal=$1
  if [ -n "$child" ]; then kill "-$1" "$child" 2>/dev/null || true; fi
}
trap 'forward TERM' TERM
trap 'forward INT' INT

# Runs the migration runner in the background and waits for it, so that the traps above run
# while it works (a trapped signal interrupts `wait`, hence the loop). Returns its status.
migrate() {
  node dist/src/scripts/migrate.js &
  child=$!
  # A signal that came before `child` was set: pass it on now.
  if [ -n "$stop_signal" ]; then kill "-$stop_signal" "$child" 2>/dev/null || true; fi
  status=0
  wait "$child" || status=$?
  while kill -0 "$child" 2>/dev/null; do
    status=0
    wait "$child" || status=$?
  done
  child=
  return "$status"
}

case "${1:-serve}" in
  migrate)
    echo "start.sh: applying pending migrations"
    status=0
    migrate || status=$?
    exit "$status"
    ;;
  serve) ;;
  *)
    echo "start.sh: unknown command '$1' (expected: migrate, or nothing to start the server)" >&2
    exit 64
    ;;
esac

if [ "${MIGRATE_ON_START:-false}" = "true" ]; then
  echo "start.sh: applying pending migrations (MIGRATE_ON_START=true)"
  status=0
  migrate || status=$?
  if [ "$status" -ne 0 ]; then
    echo "start.sh: migrations did not complete (exit $status): the server is not started" >&2
    exit "$status"
  fi
fi
if [ -n "$stop_signal" ]; then
  echo "start.sh: SIG$stop_signal before the server started: exiting" >&2
  [ "$stop_signal" = INT ] && exit 130
  exit 143
fi
exec node dist/src/main.js
