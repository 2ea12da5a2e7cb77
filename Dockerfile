# syntax=docker/dockerfile:1.7
# Multi-stage build: compile with dev dependencies, ship production dependencies only.
# Base image choice (slim vs alpine), the entry point and the image size: docs/container.md.
ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# The SQLite driver compiles from source: it needs a toolchain here only. tini is the
# runtime stage's init (copied from here, so that stage needs no apt).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ tini \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
# tsconfig.build.json compiles src/ and migrations/ only (the benchmarks build with
# tsconfig.bench.json); bench/ and test/ are not even in the build context (.dockerignore).
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY scripts/prune-native-build.sh ./scripts/
RUN npm run build \
 && npm prune --omit=dev \
 && ./scripts/prune-native-build.sh node_modules

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    ENVIRONMENT=production \
    PORT=4000 \
    DATABASE_URL=sqlite:////data/rulate.db
WORKDIR /app
# The image's `node` user has UID 1000: replace it by `rulate` with the same UID. /data is
# where the default SQLite file lives: mount a volume there when using SQLite (no VOLUME
# instruction: on PostgreSQL it would only leave an unused anonymous volume per container).
RUN userdel --remove node \
 && groupadd --gid 1000 rulate \
 && useradd --uid 1000 --gid rulate --shell /usr/sbin/nologin --create-home rulate \
 && mkdir -p /data && chown rulate:rulate /data
COPY --from=build /usr/bin/tini /usr/bin/tini
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY config ./config
COPY examples/*.json ./examples/
COPY scripts/start.sh ./scripts/start.sh
# The trusted-documents manifest (PERSISTED_OPERATIONS=enforce, the production default) at
# its default path, relative to the working directory (docs/persisted-operations.md).
COPY src/client/generated/persisted-documents.json ./src/client/generated/persisted-documents.json
USER rulate
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# tini is PID 1: it passes signals on and reaps orphans, so SIGTERM stops every phase
# (migrations, start-up, serving). `start.sh migrate` runs the one-shot migration job.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["./scripts/start.sh"]
