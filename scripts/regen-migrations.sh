#!/usr/bin/env bash
# Pre-release only: rebuilds migrations/ from the schema as one baseline plus the hand-written guards.
# Once a release exists, use `npm run db:generate` to add migrations instead; never rewrite shipped ones.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf migrations
npx drizzle-kit generate --name baseline >/dev/null
npx drizzle-kit generate --custom --name audit_guards >/dev/null
cp src/db/sql/audit-guards.sql migrations/0001_audit_guards.sql
ls migrations
