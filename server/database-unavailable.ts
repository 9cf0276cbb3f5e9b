/**
 * Whether an error means the database cannot be reached or cannot take writes just now
 * (PostgreSQL down or restarting, a dropped connection, SQLite locked, read-only or out of
 * space), as opposed to a bug. Those are answered 503 with Retry-After: the request did not
 * go through, and trying again later will work once the database is back.
 */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
// PostgreSQL SQLSTATEs: connection exceptions (08…), operator intervention (57P…), too many connections, out of disk.
const PG_STATES = /^(08\d{3}|57P0[1-4]|53300|53100|40001|40P01)$/;
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN|PROTOCOL)/;
const PG_MESSAGES = /Connection terminated|connection error|timeout exceeded when trying to connect|Cannot use a pool after calling end|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (err === null || typeof err !== "object" || depth > 3) return false;
  const { code, message, cause, errors } = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string" && (NETWORK_CODES.has(code) || PG_STATES.test(code) || SQLITE_CODES.test(code))) return true;
  if (typeof message === "string" && PG_MESSAGES.test(message)) return true;
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

export const UNAVAILABLE_MESSAGE = "Harbour can't reach its database just now, so this didn't go through. Please try again in a minute.";
export const RETRY_AFTER_SECONDS = 5;
