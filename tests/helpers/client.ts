import type { HarbourApp } from "../../server/app.ts";

export const ORIGIN = "http://localhost";

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

// Drives the real Hono app in-process the way a browser would: same-origin, with a cookie jar.
export class Client {
  readonly cookies = new Map<string, string>();

  constructor(private readonly app: HarbourApp) {}

  async send<T = any>(
    method: string,
    path: string,
    body?: unknown,
    init: { headers?: Record<string, string>; raw?: string } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { origin: ORIGIN, ...init.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    let payload: string | undefined = init.raw;
    if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) {
      headers["content-type"] = "application/json";
    }
    const res = await this.app.request(`${ORIGIN}${path}`, { method, headers, body: payload });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0/i.test(a.trim())) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    if (res.headers.get("content-type")?.startsWith("text/event-stream")) {
      await res.body?.cancel();
      return { status: res.status, body: null as T, headers: res.headers };
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get = <T = any>(path: string) => this.send<T>("GET", path);
  post = <T = any>(path: string, body?: unknown) => this.send<T>("POST", path, body ?? {});
  del = <T = any>(path: string) => this.send<T>("DELETE", path);
}
