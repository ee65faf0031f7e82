# Pinzhi: the API (which also serves the built web client) in one image.
#   docker build -t pinzhi .
#   docker run -p 4000:4000 -v pinzhi-data:/data pinzhi              # SQLite in /data
#   docker compose up                                                 # with MySQL 8.4, see docker-compose.yml
#
# Stages: build (all dependencies, `npm run build` -> dist/) ; prod-deps (`npm ci --omit=dev`,
# compiles better-sqlite3, so it needs the full image's compilers) ; runtime (slim image, no
# compilers, runs as `node`).

# ---- build ---------------------------------------------------------------------------------
FROM node:20-bookworm AS build
WORKDIR /src
# .npmrc sets nodedir=/usr (Debian's Node headers on the CI machines); this image's Node lives in
# /usr/local, so point node-gyp there when better-sqlite3 compiles from source.
ENV npm_config_nodedir=/usr/local \
    CI=true \
    NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build

# ---- production dependencies ---------------------------------------------------------------
FROM node:20-bookworm AS prod-deps
WORKDIR /app
ENV npm_config_nodedir=/usr/local
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev && npm cache clean --force

# ---- runtime -------------------------------------------------------------------------------
# Same Node 20 line and Debian release (glibc) as the stages above, so the native modules
# built there (better-sqlite3) load here.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=4000
WORKDIR /app
# PDF documents embed a subset of Noto Sans CJK (libs/api/documents/src/fonts.ts): Debian's font
# package, the same file the CI machines and most Linux hosts have (docs/decisions/0007-pdf-documents.md).
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*
# Code and dependencies stay owned by root (read-only for the app); only /data is writable.
COPY package.json package-lock.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /src/dist ./dist
# The default DATABASE_URL (sqlite:./data/pinzhi.sqlite) and the generated JWT key
# (./data/jwt-secret) live under ./data, relative to the working directory: make that the volume.
RUN mkdir -p /data && chown node:node /data && ln -s /data /app/data
VOLUME ["/data"]
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/main.js"]
