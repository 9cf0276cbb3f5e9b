import { z } from "zod";

// User text is stored as NFC with surrounding whitespace trimmed, and measured in
// characters (code points), so an emoji counts once, as people would count it.
export function cleanText(value: string): string {
  return value.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

const length = (s: string) => [...s].length;

export function textField(label: string, min: number, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .transform(cleanText)
    .refine((s) => length(s) >= min, {
      message: min === 1 ? `${label} can't be empty.` : `${label} needs at least ${min} characters.`,
    })
    .refine((s) => length(s) <= max, { message: `${label} can be at most ${max.toLocaleString("en-GB")} characters.` });
}
