// Vitest global setup: on PostgreSQL (TEST_DB=postgres) creates this run's migrated template
// database before the workers start, and drops every database of the run at the end.
import { openMigratedStore } from "../../src/store/db.js";
import { adminQuery, onPostgres, pgUrl, runPrefix, templateName } from "./test-db.js";

export default async function setup(): Promise<(() => Promise<void>) | void> {
  if (!onPostgres) return;
  // Workers inherit the environment: they name their databases after this run.
  process.env.TEST_PG_RUN ??= `${Date.now().toString(36)}${process.pid}`;
  const prefix = runPrefix();
  await adminQuery(`CREATE DATABASE "${templateName(prefix)}"`);
  const store = await openMigratedStore(pgUrl(templateName(prefix)));
  await store.$disconnect();
  return async () => {
    const { rows } = await adminQuery(`SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`);
    for (const { datname } of rows as { datname: string }[]) {
      await adminQuery(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  };
}
