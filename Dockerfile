# The site as one container: `docker build --build-arg SITE_URL=https://example.org -t site .`
# then `docker run -p 3000:3000 site`. Several containers can run behind one CDN; see
# docs/deployment.md. The build reads the content in content/ (or CONTENT_DIR).

FROM node:20-bookworm-slim AS build
WORKDIR /app
# The public address and the quick exit's destination are written into the pages.
ARG SITE_URL=http://localhost:3000
ARG QUICK_EXIT_URL=
ENV SITE_URL=$SITE_URL QUICK_EXIT_URL=$QUICK_EXIT_URL NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production HOSTNAME=0.0.0.0 PORT=3000 NEXT_TELEMETRY_DISABLED=1
# Without a limit V8 lets a large archive's heap grow far beyond what is live before it
# collects (docs/performance.md); override with -e NODE_OPTIONS=... for a larger archive.
ENV NODE_OPTIONS=--max-old-space-size=1024
# The standalone server with only the files it needs, the hashed assets and public/.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# Pages rendered on demand and regenerated hourly are cached in .next/cache: it must be
# writable by the server (a volume is not needed: a new container rebuilds its cache).
USER node
EXPOSE 3000
# /healthz is answered before any content work (lib/http/request-guard.ts).
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server.js"]
