import type { TestProject } from "vitest/node";
import { startPostgres } from "./helpers/postgres-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

// Every API test runs on SQLite and on a real PostgreSQL server: one throwaway server for the
// whole run (or the one named by HARBOUR_TEST_PG_URL), one fresh database per test file.
export default async function setup(project: TestProject) {
  const given = process.env.HARBOUR_TEST_PG_URL;
  const pg = given ? null : await startPostgres();
  project.provide("pgUrl", given ?? pg!.url);
  return () => pg?.stop();
}
