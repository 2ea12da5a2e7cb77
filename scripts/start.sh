#!/bin/sh
# Container entry point. Migrations are never applied behind an operator's back: with
# MIGRATE_ON_START=true this script applies them first (one replica, or a release job);
# otherwise the server itself checks and refuses to start in staging/production while any
# migration is pending, saying which (docs/database.md).
set -eu
cd "$(dirname "$0")/.."
if [ "${MIGRATE_ON_START:-false}" = "true" ]; then
  echo "start.sh: applying pending migrations (MIGRATE_ON_START=true)"
  MIKRO_ORM_CLI_CONFIG=./dist/src/persistence/mikro-orm.config.js MIKRO_ORM_CLI_USE_TS_NODE=false \
    node node_modules/@mikro-orm/cli/cli migration:up
fi
exec node dist/src/main.js
