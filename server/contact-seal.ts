import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Contact details an author chose to share are sealed before they reach the database:
 * AES-256-GCM with a key from configuration (HARBOUR_CONTACT_KEY), a fresh 96-bit IV per seal,
 * and the case id as additional data, so a sealed value copied onto another case does not open.
 * Stored as "v1." + base64(iv | tag | ciphertext); the version leaves room for key rotation.
 */
const VERSION = "v1.";
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const CONTACT_KEY_BYTES = 32;

export class UnreadableContact extends Error {}

export function sealContact(key: Buffer, caseId: string, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(caseId, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

export function openContact(key: Buffer, caseId: string, sealed: string): string {
  if (!sealed.startsWith(VERSION)) throw new UnreadableContact("unknown seal version");
  const raw = Buffer.from(sealed.slice(VERSION.length), "base64");
  if (raw.length < IV_BYTES + TAG_BYTES) throw new UnreadableContact("sealed value too short");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(caseId, "utf8"));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    // Wrong key (it was changed) or tampered data: never a partial or wrong answer.
    throw new UnreadableContact("the details cannot be opened with this key");
  }
}

/** HARBOUR_CONTACT_KEY: 32 random bytes as base64 (openssl rand -base64 32) or as 64 hex digits. */
export function parseContactKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, "hex") : Buffer.from(t, "base64");
  if (key.length !== CONTACT_KEY_BYTES || (!/^[0-9a-f]{64}$/i.test(t) && key.toString("base64").replace(/=+$/, "") !== t.replace(/=+$/, ""))) {
    throw new Error("HARBOUR_CONTACT_KEY must be 32 random bytes, as base64 (make one with: openssl rand -base64 32) or as 64 hex digits.");
  }
  return key;
}

/** A key for one run only (tests and the demo): details sealed with it cannot be read after a restart. */
export const oneRunContactKey = (): Buffer => randomBytes(CONTACT_KEY_BYTES);
