import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

// A seeded random source: the same seed gives the same county, run after run. `fork(label)`
// derives an independent stream, so adding a village does not reshuffle every other one.

const hashLabel = (seed: number, label: string): number => {
  let h = seed ^ 0x9e3779b9;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x85ebca6b) ^ (h >>> 13);
  return h >>> 0;
};

export class Rng {
  private readonly gen: ReturnType<typeof xoroshiro128plus>;

  constructor(readonly seed: number) {
    this.gen = xoroshiro128plus(seed);
  }

  fork(label: string): Rng {
    return new Rng(hashLabel(this.seed, label));
  }

  /** An integer in [from, to], both included. */
  int(from: number, to: number): number {
    return uniformInt(this.gen, from, to);
  }

  float(): number {
    return uniformFloat64(this.gen);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** Picks by weight: `[['壮', 80], ['汉', 18], ['瑶', 2]]`. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let x = this.float() * total;
    for (const [value, weight] of pairs) {
      x -= weight;
      if (x < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  }

  /** Roughly normal (sum of uniforms), clamped to [min, max]. */
  normal(mean: number, sd: number, min = -Infinity, max = Infinity): number {
    const z = this.float() + this.float() + this.float() + this.float() - 2;
    return Math.min(max, Math.max(min, mean + z * sd * Math.SQRT2 * 1.22));
  }

  /** A version-4-shaped UUID from this stream: the same seed gives the same ids. */
  uuid(): string {
    const hex = (n: number) => n.toString(16).padStart(8, '0');
    const a = hex(this.int(0, 0xffffffff));
    const b = hex(this.int(0, 0xffffffff));
    const c = hex(this.int(0, 0xffffffff));
    const d = hex(this.int(0, 0xffffffff));
    const variant = ((Number.parseInt(c[0], 16) & 0x3) | 0x8).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }
}
