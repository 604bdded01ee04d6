// Imported first by every entry point that loads PostGraphile: Grafast reads
// GRAPHILE_ENV when it is loaded, and development mode gives clearer errors.
// Production (NODE_ENV=production) keeps Grafast's production mode.
process.env.GRAPHILE_ENV ??= process.env.NODE_ENV === "production" ? "production" : "development";
