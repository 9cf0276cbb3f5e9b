import { CompiledQuery, type Compilable, type Kysely } from "kysely";
import type { Database } from "./schema.ts";

/**
 * A query built and compiled to SQL once per database, then run with new values: for the
 * queries every request makes (the session lookup, the thread list), where building and
 * compiling Kysely's query tree costs more than the database takes to answer. Values stay
 * parameters, never spliced into the SQL.
 *
 * `build` is called once with a marker for each named value; the compiled parameters are
 * then filled from the real values by position. So `build` must pass each value straight to
 * Kysely (no arithmetic on it) and give the same query shape whatever the values.
 */
export function compiledOnce<P extends object, Row>(
  names: ReadonlyArray<keyof P & string>,
  build: (db: Kysely<Database>, values: P) => Compilable<Row>,
): (db: Kysely<Database>, values: P) => Promise<Row[]> {
  const byDb = new WeakMap<Kysely<Database>, { sql: string; slots: Array<{ name: string } | { value: unknown }> }>();
  const marker = (name: string) => `\u0000compiled-once:${name}\u0000`;
  return async (db, values) => {
    let compiled = byDb.get(db);
    if (compiled === undefined) {
      const markers = Object.fromEntries(names.map((n) => [n, marker(n)])) as unknown as P;
      const query = build(db, markers).compile();
      const slots = query.parameters.map((v) => {
        const name = names.find((n) => v === marker(n));
        return name === undefined ? { value: v } : { name };
      });
      compiled = { sql: query.sql, slots };
      byDb.set(db, compiled);
    }
    const parameters = compiled.slots.map((s) => ("name" in s ? (values as Record<string, unknown>)[s.name] : s.value));
    const result = await db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, parameters));
    return result.rows;
  };
}
