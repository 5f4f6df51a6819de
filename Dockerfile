# One image for api, worker and web (docker-compose.yml picks the command). Builds the workspace with
# the pinned pnpm; the runtime keeps only what the three processes need.
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.18.0
COPY . .
RUN pnpm install --frozen-lockfile && pnpm run build

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
EXPOSE 3000 4000
# The api with its young generation held small (API_NODE_FLAGS in scripts/lib/services.ts, README "The api's memory").
CMD ["node", "--max-semi-space-size=8", "api/dist/main.js"]
