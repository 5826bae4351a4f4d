# Cap Mandat server image for App Service for Containers (infra/modules/web-app.bicep), built by `az acr build`
# (m365agents.yml, docs/deploy.md). The same path as the production smoke step of .ci/run: npm ci, npm run build,
# npm prune --omit=dev, npm run start:prod. Debian's chromium prints the public bilan as PDF.

# Build stage: the compilers better-sqlite3 needs, the whole toolchain (dev dependencies), the build, then the prune.
FROM node:22-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund

# Runtime stage: Node, Debian's chromium and fonts, the compiled server, the built tab and the runtime dependencies.
FROM node:22-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-liberation fonts-dejavu-core ca-certificates \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    CHROMIUM_PATH=/usr/bin/chromium
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
# The image's own unprivileged user: Chromium and the server never run as root.
USER node
EXPOSE 8080
CMD ["npm", "run", "start:prod"]
