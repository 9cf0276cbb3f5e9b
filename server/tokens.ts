import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// 256 random bits; only the SHA-256 hash is ever stored.
export const newToken = (): string => randomBytes(32).toString("base64url");

export const sha256 = (value: string): string => createHash("sha256").update(value).digest("hex");

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
