// A seeded pseudo-random generator for synthetic data: the same seed gives the same database,
// so two benchmark runs measure the same rows. sfc32 (Chris Doty-Humphrey's Small Fast
// Counting generator): 32-bit state words, no BigInt, a few ns a number.

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    const h = typeof seed === "number" ? seed >>> 0 : hashString(seed);
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = h;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  float(): number {
    return this.next() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** Approximately normal (sum of four uniforms), mean 0, standard deviation 1. */
  normal(): number {
    return (this.float() + this.float() + this.float() + this.float() - 2) * 1.7320508;
  }

  /** A version-4-shaped UUID made of this generator's numbers (deterministic, not secret). */
  uuid(): string {
    const w0 = this.next();
    const w1 = ((this.next() & 0xffff0fff) | 0x00004000) >>> 0; // version 4
    const w2 = ((this.next() & 0x3fffffff) | 0x80000000) >>> 0; // variant 10
    const w3 = this.next();
    const h = (n: number) => n.toString(16).padStart(8, "0");
    const s1 = h(w1);
    const s2 = h(w2);
    return `${h(w0)}-${s1.slice(0, 4)}-${s1.slice(4)}-${s2.slice(0, 4)}-${s2.slice(4)}${h(w3)}`;
  }

  /** An independent generator derived from this one's seed and a label. */
  fork(label: string): Rng {
    return new Rng((this.d ^ hashString(label)) >>> 0);
  }
}

/** FNV-1a, 32 bits. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Walker's alias method: after O(n) set-up, draws an index with probability proportional to
 * its weight in O(1). Used for names, villages, countries and jobs.
 */
export class WeightedPicker<T> {
  private readonly prob: Float64Array;
  private readonly alias: Int32Array;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    const n = items.length;
    if (n === 0 || weights.length !== n) throw new Error("WeightedPicker needs one weight per item");
    const total = weights.reduce((s, w) => s + w, 0);
    this.prob = new Float64Array(n);
    this.alias = new Int32Array(n);
    const scaled = weights.map((w) => (w * n) / total);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
    while (small.length && large.length) {
      const s = small.pop()!;
      const l = large.pop()!;
      this.prob[s] = scaled[s]!;
      this.alias[s] = l;
      scaled[l] = scaled[l]! + scaled[s]! - 1;
      (scaled[l]! < 1 ? small : large).push(l);
    }
    for (const i of [...small, ...large]) this.prob[i] = 1;
  }

  pick(rng: Rng): T {
    const i = Math.floor(rng.float() * this.items.length);
    return this.items[rng.float() < this.prob[i]! ? i : this.alias[i]!]!;
  }
}

/** A picker over pairs [item, weight]. */
export function weighted<T>(pairs: readonly (readonly [T, number])[]): WeightedPicker<T> {
  return new WeightedPicker(
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
  );
}

/** Shuffles a copy (Fisher–Yates) with the given generator. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.float() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
