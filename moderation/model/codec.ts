/**
 * The model's compact binary form, written by training and read at module load.
 *
 * Layout (little-endian): "HM1" magic, label count (u8), feature count (u32),
 * then per label a bias and a weight scale (f32), then the features sorted by
 * hash: the hash as a varint delta from the previous one, a varint bit mask of
 * the labels it has a weight for, and one signed byte per set bit (weight =
 * byte × that label's scale). Weights too small to matter are simply absent,
 * which is what keeps the file small.
 */

export interface DecodedModel {
  labelCount: number;
  bias: Float32Array;
  /**
   * Feature hash → row in `weights` (rows of labelCount floats), open addressing with the
   * key and row+1 side by side (0: empty slot), so a look-up touches one cache line: most
   * of a post's n-grams are unknown to the model, and those look-ups dominate the cost.
   */
  table: Uint32Array;
  mask: number;
  weights: Float32Array;
  featureCount: number;
}

export interface ModelToEncode {
  bias: readonly number[];
  /** hash → weight per label (0 = absent). */
  features: ReadonlyMap<number, readonly number[]>;
}

const MAGIC = [0x48, 0x4d, 0x31];

function pushVarint(out: number[], v: number): void {
  let x = v >>> 0;
  while (x >= 0x80) {
    out.push((x & 0x7f) | 0x80);
    x = Math.floor(x / 128);
  }
  out.push(x);
}

function pushF32(out: number[], v: number): void {
  const b = new Uint8Array(new Float32Array([v]).buffer);
  for (const x of b) out.push(x);
}

export function encodeModel(model: ModelToEncode): Uint8Array {
  const labelCount = model.bias.length;
  const scales: number[] = [];
  for (let l = 0; l < labelCount; l++) {
    let max = 0;
    for (const w of model.features.values()) max = Math.max(max, Math.abs(w[l] ?? 0));
    scales.push(max === 0 ? 1 : max / 127);
  }
  const entries = [...model.features].sort((a, b) => a[0] - b[0]);
  const out: number[] = [...MAGIC, labelCount];
  const rows: Array<{ hash: number; mask: number; bytes: number[] }> = [];
  for (const [hash, w] of entries) {
    let mask = 0;
    const bytes: number[] = [];
    for (let l = 0; l < labelCount; l++) {
      const q = Math.round((w[l] ?? 0) / (scales[l] ?? 1));
      if (q !== 0) {
        mask |= 1 << l;
        bytes.push(Math.max(-127, Math.min(127, q)) & 0xff);
      }
    }
    if (mask !== 0) rows.push({ hash, mask, bytes });
  }
  const count = rows.length;
  out.push(count & 0xff, (count >>> 8) & 0xff, (count >>> 16) & 0xff, (count >>> 24) & 0xff);
  for (let l = 0; l < labelCount; l++) {
    pushF32(out, model.bias[l] ?? 0);
    pushF32(out, scales[l] ?? 1);
  }
  let previous = 0;
  for (const r of rows) {
    pushVarint(out, r.hash - previous);
    previous = r.hash;
    pushVarint(out, r.mask);
    out.push(...r.bytes);
  }
  return Uint8Array.from(out);
}

export function decodeModel(bytes: Uint8Array): DecodedModel {
  if (bytes[0] !== MAGIC[0] || bytes[1] !== MAGIC[1] || bytes[2] !== MAGIC[2]) throw new Error("not a Harbour model");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const labelCount = bytes[3] ?? 0;
  const featureCount = view.getUint32(4, true);
  let at = 8;
  const bias = new Float32Array(labelCount);
  const scale = new Float32Array(labelCount);
  for (let l = 0; l < labelCount; l++) {
    bias[l] = view.getFloat32(at, true);
    scale[l] = view.getFloat32(at + 4, true);
    at += 8;
  }
  const readVarint = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[at++] ?? 0;
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  };
  // Open addressing, at most half full: one or two probes per look-up.
  let size = 1;
  while (size < featureCount * 2) size <<= 1;
  const table = new Uint32Array(size * 2);
  const weights = new Float32Array(featureCount * labelCount);
  let hash = 0;
  for (let f = 0; f < featureCount; f++) {
    hash += readVarint();
    const m = readVarint();
    for (let l = 0; l < labelCount; l++) {
      if ((m & (1 << l)) === 0) continue;
      const byte = bytes[at++] ?? 0;
      const q = byte > 127 ? byte - 256 : byte;
      weights[f * labelCount + l] = q * (scale[l] ?? 1);
    }
    let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & (size - 1);
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & (size - 1);
    table[2 * slot] = hash >>> 0;
    table[2 * slot + 1] = f + 1;
  }
  return { labelCount, bias, table, mask: size - 1, weights, featureCount };
}

/** Row of `hash` in the decoded model, or -1 when the model has no weight for it. */
export function rowOf(model: DecodedModel, hash: number): number {
  let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & model.mask;
  const table = model.table;
  for (;;) {
    const row = table[2 * slot + 1] ?? 0;
    if (row === 0) return -1;
    if (table[2 * slot] === hash) return row - 1;
    slot = (slot + 1) & model.mask;
  }
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUE = new Map([...BASE64].map((c, i) => [c.charCodeAt(0), i]));

/** Base64 with no Buffer or atob, so the same code decodes on the server, in a browser or a bare sandbox. */
export function fromBase64(s: string): Uint8Array {
  const clean = s.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | (BASE64_VALUE.get(clean.charCodeAt(i)) ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >>> bits) & 0xff;
    }
  }
  return out;
}
