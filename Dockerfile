# One image for the API, the worker and the one-shot migration (docker-compose.yml
# picks the command). Node >= 22.18 runs the TypeScript sources directly.
FROM node:22-slim

ENV NODE_ENV=production
WORKDIR /app

# Dependencies first, so that a source change does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY . .

# Never root at run time.
USER node
EXPOSE 3000
CMD ["node", "server/index.ts"]
