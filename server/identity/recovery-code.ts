import { randomInt } from "node:crypto";
import { sha256 } from "../tokens.ts";

// Crockford base32: no I, L, O or U, so a code copied by hand is hard to get wrong.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const GROUPS = 5;
const GROUP_LENGTH = 4; // 20 characters × 5 bits = 100 random bits

export function generateRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = "";
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}

// Forgiving about case, spaces, dashes and the letters people confuse with digits.
export function canonicalRecoveryCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
}

export const hashRecoveryCode = (input: string): string => sha256(`recovery:${canonicalRecoveryCode(input)}`);
