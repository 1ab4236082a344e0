# Sourcebot as a container: the compiled bot on Node 20, as a non-root user, with the corpus and
# the snapshot cache as volumes. Build: docker build -t sourcebot .
# Run:   docker run -d --env-file .env -v sourcebot-cache:/data/cache sourcebot
#        (add -v /path/to/articles:/data/corpus:ro -e CORPUS_DIR=/data/corpus for your own corpus)

# 1. build: all dependencies, then `npm ci` runs prepare, which compiles src/ and commands/ to dist/
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm ci --no-audit --no-fund

# 2. run: production dependencies and the compiled code only (no TypeScript, no tsx)
FROM node:20-slim
ENV NODE_ENV=production \
    SOURCEBOT_CACHE_DIR=/data/cache \
    GLIBC_TUNABLES=glibc.malloc.hugetlb=1
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY corpus ./corpus
RUN mkdir -p /data/cache /data/corpus && chown -R node:node /data
USER node
VOLUME ["/data/cache", "/data/corpus"]
# node itself is PID 1 and gets `docker stop`'s SIGTERM: it finishes what it answers, then exits 0
CMD ["node", "dist/main.js"]
