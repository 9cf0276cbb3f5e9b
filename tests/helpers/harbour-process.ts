import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./postgres-server.ts";

export interface HarbourProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM, then waits for the process to exit; resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** Processes started for tests and benches share one contact key, as instances of one deployment do. */
export const TEST_CONTACT_KEY = Buffer.alloc(32, 7).toString("base64");

// Starts the real entry point (`tsx server/main.ts`) as `npm start` does, and reads what it prints.
// (The server bench starts its floor the same way, from another entry.)
export async function startHarbour(env: Record<string, string>, entry = "server/main.ts"): Promise<HarbourProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: "silent", HARBOUR_CONTACT_KEY: TEST_CONTACT_KEY, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300 && !out.includes("Harbour is running") && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
  return {
    url,
    child,
    output: () => out,
    stop: () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
