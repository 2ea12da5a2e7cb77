# Rulate GraphQL: common tasks. `make help` lists them.
# Migrations run against DATABASE_URL (default: the SQLite file ./data/rulate.db); see
# docs/database.md. They run from the TypeScript sources when ts-node is installed (no build
# needed), otherwise from the compiled dist/ (a production install: npm ci --omit=dev).

.DEFAULT_GOAL := help
SHELL := /bin/bash

MIKRO_ORM := $(if $(wildcard node_modules/ts-node/package.json),MIKRO_ORM_CLI_USE_TS_NODE=1 ,)npx mikro-orm

.PHONY: help install build start test lint format bench migrate migration migration-history migration-pending migration-check migration-rollback

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-20s %s\n", $$1, $$2}'

install: ## Install the exact dependencies of package-lock.json
	npm ci

build: ## Compile TypeScript to dist/
	npm run build

start: ## Build and start the server (http://localhost:4000/graphql)
	npm start

test: ## Type-check, lint, format check, unit and integration tests
	npm test

lint: ## ESLint with no warnings allowed
	npm run lint

format: ## Format every file with Prettier
	npm run format

bench: ## Engine benchmarks
	npm run bench

migrate: ## Apply every pending migration (npx mikro-orm migration:up)
	$(MIKRO_ORM) migration:up

migration: ## Generate a migration from the entity changes: make migration [NAME=add_something]
	$(MIKRO_ORM) migration:create $(if $(NAME),--name $(NAME),)
	npx prettier --write migrations

migration-history: ## List the applied migrations
	$(MIKRO_ORM) migration:list

migration-pending: ## List the migrations not applied yet
	$(MIKRO_ORM) migration:pending

migration-check: ## Fail when the entities need a migration that does not exist yet
	$(MIKRO_ORM) migration:check

migration-rollback: ## Revert the last applied migration (npx mikro-orm migration:down)
	$(MIKRO_ORM) migration:down
