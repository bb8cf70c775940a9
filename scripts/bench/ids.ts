import { createRandom } from '../../electron/services/demo/scores';

function hex32(random: () => number): string {
  return Math.floor(random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
}

/**
 * Random-looking version-4 UUIDs from a seeded PRNG: the same layout (and the same scattered
 * B-tree order) as the app's `randomUUID` ids, but the same on every run so files can be cached.
 */
export function seededUuids(seed: number): () => string {
  const random = createRandom(seed);
  return () => {
    const a = hex32(random);
    const b = hex32(random);
    const c = hex32(random);
    const d = hex32(random);
    const variant = ((parseInt(c[0] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  };
}
