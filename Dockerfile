# One image for every app. Build once, run any app by command (docker-compose.yml does) or by APP:
#   docker build -t patient-graph .
#   docker run --env-file .env -e APP=labs-svc patient-graph          # node dist/apps/labs-svc/src/main.js
#   docker run --env-file .env patient-graph node dist/scripts/migrate.js --streams
ARG NODE_IMAGE=node:20.20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY libs ./libs
COPY apps ./apps
RUN npm run build

# Production dependencies only: no compilers, no test tools, no embedded PostgreSQL binaries (optional deps).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
ARG APP=gateway
ENV APP=${APP}
EXPOSE 3000
CMD ["sh", "-c", "exec node --enable-source-maps \"dist/apps/${APP}/src/main.js\""]
