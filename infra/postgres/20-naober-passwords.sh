#!/bin/sh
# Runs once, when the postgres container's data volume is new, after 10-naober-roles.sql (db/roles.sql) has created
# Naober's roles: gives the two login roles their passwords from the environment and the owner the database.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v owner_password="$NAOBER_OWNER_PASSWORD" -v app_password="$NAOBER_APP_PASSWORD" -v db="$POSTGRES_DB" <<'SQL'
ALTER ROLE naober_owner PASSWORD :'owner_password';
ALTER ROLE naober_app PASSWORD :'app_password';
GRANT CREATE ON DATABASE :"db" TO naober_owner;
SQL
