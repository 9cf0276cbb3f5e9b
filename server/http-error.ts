import type { ContentfulStatusCode } from "hono/utils/http-status";

// Thrown anywhere in a handler; turned into `{"error": message}` with a 4xx status.
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}
