import { Secret, TOTP } from "otpauth";

const PERIOD = 30;

function totpFor(secretBase32: string, label = "staff"): TOTP {
  return new TOTP({ issuer: "Harbour", label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

// 160-bit secrets, as RFC 4226 recommends.
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

export const otpauthUri = (username: string, secretBase32: string): string => totpFor(secretBase32, username).toString();

export const currentCode = (secretBase32: string, timestamp = Date.now()): string => totpFor(secretBase32).generate({ timestamp });

// Returns the time step the code belongs to (one step of clock drift allowed either way), or null.
export function matchCode(secretBase32: string, code: string, timestamp = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32).validate({ token: code, timestamp, window: 1 });
  if (delta === null) return null;
  return Math.floor(timestamp / 1000 / PERIOD) + delta;
}
