#!/usr/bin/env bash
# Restores a folder of backup-database.sh into a NEW, empty database on this server (a restore never overwrites the
# database it came from: point Naober at the new one when it checks out). Makes Naober's roles if they are missing
# (db/roles.sql, and one role per municipality schema in the dump, with the memberships Naober gives it), gives the
# owner the database, restores, and compares every table's row count and checksum with the backup's.
# Needs a superuser or a DBA with CREATEDB and CREATEROLE. Connects with the libpq variables (PGHOST, PGPORT, PGUSER,
# PGPASSWORD); PGDATABASE is only used to connect for CREATE DATABASE.
#   infra/postgres/restore-database.sh <folder> <new database> [--app-login naober_app] [--owner naober_owner]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [[ $# -lt 2 ]]; then
  echo "usage: $0 <folder of backup-database.sh> <new database> [--app-login naober_app] [--owner naober_owner]" >&2
  exit 2
fi
folder="$1"
database="$2"
shift 2
app_login="naober_app"
owner="naober_owner"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --app-login) app_login="$2"; shift 2 ;;
    --owner) owner="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for file in database.dump checksums.txt; do
  [[ -f "$folder/$file" ]] || { echo "$folder/$file is missing: not a backup of backup-database.sh." >&2; exit 1; }
done
roles_sql="$here/roles.sql"
[[ -f "$roles_sql" ]] || roles_sql="$here/../../api/src/main/resources/db/roles.sql"
psql=(psql -X -q -At -v ON_ERROR_STOP=1 -v db="$database" -v owner="$owner" -v app="$app_login")

if [[ -n "$("${psql[@]}" <<<"SELECT 1 FROM pg_database WHERE datname = :'db'")" ]]; then
  echo "Database $database exists: restore into a new database (or drop it first if it is a failed restore)." >&2
  exit 1
fi
"${psql[@]}" <<'SQL'
SELECT format('CREATE DATABASE %I', :'db')
\gexec
SQL
PGOPTIONS="-c client_min_messages=warning" "${psql[@]}" -d "$database" -f "$roles_sql" > /dev/null
"${psql[@]}" <<'SQL'
SELECT format('GRANT CREATE ON DATABASE %I TO %I', :'db', :'owner')
\gexec
SQL
# One role per municipality, named after its schema (t_<code>); the dump's grants name them.
for schema in $(pg_restore --list "$folder/database.dump" | awk '$4 == "SCHEMA" && $6 ~ /^t_[a-z0-9_]+$/ {print $6}' | sort -u); do
  "${psql[@]}" -d "$database" -v schema="$schema" <<'SQL'
SET client_min_messages = warning;
SELECT format('CREATE ROLE %I NOLOGIN', :'schema') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'schema')
\gexec
SELECT format('GRANT %I TO %I', :'schema', :'app')
\gexec
SELECT format('GRANT naober_tenant_common TO %I', :'schema')
\gexec
SQL
done

pg_restore --exit-on-error --single-transaction --dbname="$database" "$folder/database.dump"

if ! diff <(PGDATABASE="$database" "$here/checksums.sh") "$folder/checksums.txt"; then
  echo "The restored database $database differs from the backup (lines above: < restored, > backup)." >&2
  exit 1
fi
echo "Restored into $database: $(grep -c . "$folder/checksums.txt") tables, row counts and checksums identical to the backup"
