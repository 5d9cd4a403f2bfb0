# Sourced by the backup scripts: holds one REPEATABLE READ transaction open and exports its snapshot, so pg_dump
# (--snapshot) and checksums.sh (NAOBER_SNAPSHOT) see the database at the same instant while Naober keeps working.
open_snapshot() {
  coproc SNAPSHOT_SESSION { psql -X -q -At -v ON_ERROR_STOP=1; }
  echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT pg_export_snapshot();" >&"${SNAPSHOT_SESSION[1]}"
  read -r -t 60 NAOBER_SNAPSHOT <&"${SNAPSHOT_SESSION[0]}" || { echo "Could not export a snapshot." >&2; exit 1; }
  export NAOBER_SNAPSHOT
}

close_snapshot() {
  echo "COMMIT;" >&"${SNAPSHOT_SESSION[1]}"
  exec {SNAPSHOT_SESSION[1]}>&-
  wait "$SNAPSHOT_SESSION_PID" || true
  unset NAOBER_SNAPSHOT
}

# The first line of a psql script that must read the exported snapshot (nothing when none is open).
snapshot_prefix() {
  if [[ -n "${NAOBER_SNAPSHOT:-}" ]]; then
    echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '$NAOBER_SNAPSHOT';"
  fi
}
