import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A throwaway PostgreSQL server on loopback in a temporary folder, removed afterwards.
// PostgreSQL refuses to run as root, so as root it runs as the `postgres` user that
// Debian's package creates.

export interface RunningPostgres {
  url: string;
  /** The server's data folder (tests read its raw files). */
  dataDir: string;
  /** Stops the server and removes its files. */
  stop(): void;
  /** Stops the server (as a crash or a restart would), keeping its data, until `resume`. */
  pause(): void;
  resume(): void;
}

function binDir(): string {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(base, v, "bin", "initdb"))) return join(base, v, "bin");
  throw new Error("PostgreSQL is not installed: run `npm test` (it installs Debian's postgresql package).");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

function run(cmd: string, args: string[], asPostgres: boolean): void {
  const [exe, argv] = asPostgres ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
  const r = spawnSync(exe, argv, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
}

export async function startPostgres(): Promise<RunningPostgres> {
  const bin = binDir();
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "harbour-pg-"));
  const data = join(dir, "data");
  if (asPostgres) {
    const id = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim();
    const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim();
    chownSync(dir, Number(id), Number(gid));
  }
  chmodSync(dir, 0o700);
  const port = await freePort();
  run(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "-N"], asPostgres);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run(join(bin, "pg_ctl"), ["-D", data, "-o", opts, "-l", join(dir, "log"), "-w", "start"], asPostgres);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir: data,
    pause() {
      run(join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"], asPostgres);
    },
    resume() {
      run(join(bin, "pg_ctl"), ["-D", data, "-o", opts, "-l", join(dir, "log"), "-w", "start"], asPostgres);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asPostgres);
      } catch {
        // already stopped (paused)
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
