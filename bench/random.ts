/**
 * A small seeded random generator, so that every run generates the same
 * organisation, services and assessments and runs stay comparable.
 */

/** A source of numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: fast, seedable and good enough for test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One item of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Up to `count` distinct items of a list, in random order. */
export function sample<T>(
  random: Random,
  items: readonly T[],
  count: number,
): T[] {
  const copy = [...items];
  const taken: T[] = [];
  while (taken.length < count && copy.length) {
    taken.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  }
  return taken;
}

/** Picks a key of `weights` with probability proportional to its weight. */
export function weighted<K extends string>(
  random: Random,
  weights: Record<K, number>,
): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  return entries[entries.length - 1][0];
}

/** Left-pads a number with zeros. */
export function padded(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
