# Sourced by backup-municipality.sh and restore-municipality.sh: the rows of the catalog schema "platform" that belong
# to one municipality, in the order they can be inserted (a row's parents first). :'code' is the municipality's code.
# A new catalog table with a municipality_code column that is missing here makes the backup refuse (see below).
CATALOG_ROWS=(
  "municipality|code = :'code'"
  "municipality_settings|municipality_code = :'code'"
  "welfare_organisation|municipality_code = :'code'"
  "local_account|municipality_code = :'code'"
  "api_token|account_id IN (SELECT id FROM platform.local_account WHERE municipality_code = :'code')"
  "budget_line|municipality_code = :'code'"
  "budget_allocation|budget_line_id IN (SELECT id FROM platform.budget_line WHERE municipality_code = :'code')"
  "budget_expenditure|budget_line_id IN (SELECT id FROM platform.budget_line WHERE municipality_code = :'code')"
  "budget_expenditure_import|municipality_code = :'code'"
  "evaluation_period|municipality_code = :'code'"
  "privacy_approval|municipality_code = :'code'"
  "admin_audit|municipality_code = :'code'"
)

# Row count and checksum of the municipality's rows per catalog table, as checksums.sh prints them for whole tables.
catalog_checksums() {
  local entry table
  for entry in "${CATALOG_ROWS[@]}"; do
    table="${entry%%|*}"
    { snapshot_prefix; echo "SELECT 'platform.$table[' || :'code' || ']', count(*),
      md5(coalesce(string_agg(x::text, E'\n' ORDER BY x::text COLLATE \"C\"), '')) FROM platform.$table x WHERE ${entry#*|}"; } |
      psql -X -q -At -F $'\t' -v ON_ERROR_STOP=1 -v code="$1"
  done
}
