import type { ContractEntry } from './method';

type Part = Readonly<Record<string, ContractEntry>>;

type Merged<Parts extends readonly Part[]> = Parts extends readonly [
  infer First,
  ...infer Rest extends readonly Part[],
]
  ? First & Merged<Rest>
  : unknown;

/**
 * Merges the contract parts (`shared/api/<area>.ts`) into the one contract. A method name listed
 * by two parts throws at start-up: spreading objects would let the later part win silently.
 */
export function mergeContracts<const Parts extends readonly Part[]>(
  ...parts: Parts
): { readonly [K in keyof Merged<Parts>]: Merged<Parts>[K] } {
  const merged: Record<string, ContractEntry> = {};
  for (const part of parts) {
    for (const [name, entry] of Object.entries(part)) {
      if (Object.prototype.hasOwnProperty.call(merged, name)) {
        throw new Error(`Contract method ${name} is listed twice`);
      }
      merged[name] = entry;
    }
  }
  return merged as { readonly [K in keyof Merged<Parts>]: Merged<Parts>[K] };
}
