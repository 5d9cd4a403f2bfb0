#!/usr/bin/env bash
# Restores ONE municipality from a folder written by backup-municipality.sh, without touching any other municipality:
#  1. its catalog rows that are missing come back (rows still there are left as they are: a password changed or an
#     account added since the backup stays);
#  2. its database role is made again if it is gone (roles are not in a dump), with the memberships Naober gives it;
#  3. its schema is dropped and restored from the dump in ONE transaction: if anything fails, nothing has changed;
#     Naober's requests for this municipality wait for the commit, the other municipalities are not held up;
#  4. the checksums of the restored schema and catalog rows are compared with the backup's.
# A backup from an older Naober version: afterwards start one instance with
# --naober.tenancy.migration.always-run-liquibase=true to bring the restored schema to the current changelog.
# Connects with the libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER = a superuser or naober_owner, PGPASSWORD).
#   infra/postgres/restore-municipality.sh <folder> [--app-login naober_app]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/snapshot.sh"
source "$here/municipality-catalog.sh"

if [[ $# -lt 1 ]]; then
  echo "usage: $0 <folder of backup-municipality.sh> [--app-login <login role that serves requests>]" >&2
  exit 2
fi
folder="$1"
app_login="naober_app"
if [[ "${2:-}" == "--app-login" ]]; then
  app_login="$3"
fi
for file in manifest.txt schema.dump checksums.txt catalog-checksums.txt; do
  [[ -f "$folder/$file" ]] || { echo "$folder/$file is missing: not a backup of backup-municipality.sh." >&2; exit 1; }
done
code="$(sed -n 's/^code=//p' "$folder/manifest.txt")"
schema="$(sed -n 's/^schema=//p' "$folder/manifest.txt")"
[[ "$schema" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "Unexpected schema name '$schema' in the manifest." >&2; exit 1; }
psql=(psql -X -q -At -v ON_ERROR_STOP=1 -v code="$code" -v schema="$schema" -v app="$app_login")

echo "Restoring municipality $code (schema $schema) from $folder into database ${PGDATABASE:-?}"
{
  echo "BEGIN;"
  for entry in "${CATALOG_ROWS[@]}"; do
    table="${entry%%|*}"
    echo "CREATE TEMP TABLE restore_$table (LIKE platform.$table) ON COMMIT DROP;"
    echo "\\copy restore_$table FROM '$folder/catalog/$table.csv' WITH (FORMAT csv, HEADER MATCH)"
    echo "INSERT INTO platform.$table SELECT * FROM restore_$table ON CONFLICT DO NOTHING;"
  done
  echo "COMMIT;"
} | "${psql[@]}"

"${psql[@]}" <<'SQL'
SET client_min_messages = warning;
SELECT format('CREATE ROLE %I NOLOGIN', :'schema') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'schema')
\gexec
SELECT format('GRANT %I TO %I', :'schema', :'app')
\gexec
SELECT format('GRANT naober_tenant_common TO %I', :'schema')
\gexec
SQL

{
  echo "SET client_min_messages = warning;"
  echo "DROP SCHEMA IF EXISTS \"$schema\" CASCADE;"
  pg_restore --file=- "$folder/schema.dump"
} | psql -X -q -v ON_ERROR_STOP=1 --single-transaction > /dev/null

if ! diff <("$here/checksums.sh" "$schema") "$folder/checksums.txt"; then
  echo "The restored schema $schema differs from the backup (lines above: < now, > backup)." >&2
  exit 1
fi
if ! diff <(catalog_checksums "$code") "$folder/catalog-checksums.txt"; then
  echo "Catalog rows of $code differ from the backup (< now, > backup): rows changed since the backup were kept." >&2
  exit 3
fi
echo "Restored municipality $code: $(grep -c . "$folder/checksums.txt") tables of $schema and its catalog rows," \
  "row counts and checksums identical to the backup"
