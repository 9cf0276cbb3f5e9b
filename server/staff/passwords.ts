import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults to Argon2id with OWASP's recommended cost (m=19 MiB, t=2, p=1).
export const hashPassword = (password: string): Promise<string> => hash(password);

export async function checkPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Spent on unknown usernames so a login's timing doesn't reveal which usernames exist.
let dummy: Promise<string> | null = null;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hash(randomBytes(16).toString("hex"));
  await checkPassword(await dummy, password);
}

// Passwords are handed out once (first admin, new staff, demo staff); 20 characters, ~119 bits.
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
