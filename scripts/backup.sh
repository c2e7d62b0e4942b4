#!/usr/bin/env bash
# Backs up the PostgreSQL database: pg_dump's custom format (compressed, restorable table by table).
#   scripts/backup.sh [output-file]        reads DATABASE_URL (environment, else .env)
#   DATABASE_URL=postgres://… scripts/backup.sh backups/tashakkol.dump
# Prints the file written. Restore with scripts/restore.sh (docs/operations.md, "Backup and restore").
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${DATABASE_URL:-}" && -f .env ]]; then
  DATABASE_URL="$(sed -n 's/^DATABASE_URL=//p' .env | tail -n 1 | tr -d '"'"'"'')"
fi
: "${DATABASE_URL:?DATABASE_URL is not set (environment or .env)}"
out="${1:-backups/tashakkol-$(date -u +%Y%m%dT%H%M%SZ).dump}"
mkdir -p "$(dirname "$out")"
# --no-owner/--no-privileges: the dump restores into a database of any owner.
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$out.partial" "$DATABASE_URL"
mv "$out.partial" "$out"
# A dump that pg_restore cannot list is no backup: fail here, not on the day it is needed.
tables="$(pg_restore --list "$out" | grep -c ' TABLE DATA ' || true)"
echo "$out ($(du -h "$out" | cut -f1), ${tables} tables)"
