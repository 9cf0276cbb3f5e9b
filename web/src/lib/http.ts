// One way to call Harbour's JSON API from the browser, for the forum and the staff area: the
// session rides on the httpOnly cookie, and every failure becomes the server's plain sentence.

export type Result<T> = { ok: true; data: T } | { ok: false; status: number; error: string };

const NETWORK_ERROR = "We couldn't reach Harbour just now. Please check your connection and try again.";
const FALLBACK_ERROR = "Something went wrong on our side. Please try again in a moment.";

export async function requestJson<T>(method: string, path: string, body?: unknown): Promise<Result<T>> {
  const init: RequestInit = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
  if (body !== undefined) {
    init.headers = { Accept: "application/json", "Content-Type": "application/json" };
    init.body = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    return { ok: false, status: 0, error: NETWORK_ERROR };
  }
  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    json = null;
  }
  if (!res.ok) {
    const error =
      json !== null && typeof json === "object" && typeof (json as { error?: unknown }).error === "string"
        ? (json as { error: string }).error
        : FALLBACK_ERROR;
    return { ok: false, status: res.status, error };
  }
  return { ok: true, data: json as T };
}
