import type { Band, RubricDefinition, Scheme, SchemeKind } from './types';

/** The published 90/80/70/60 ladder, scaled to the rubric's maximum. */
export function defaultBands(max: number): Band[] {
  return [
    { level: 5, min: Math.round(max * 0.9) },
    { level: 4, min: Math.round(max * 0.8) },
    { level: 3, min: Math.round(max * 0.7) },
    { level: 2, min: Math.round(max * 0.6) },
    { level: 1, min: 0 },
  ];
}

/** A scheme of another kind, carrying over the bands when both kinds have them. */
export function changeSchemeKind(def: RubricDefinition, kind: SchemeKind): Scheme {
  const current = def.scheme;
  if (current.kind === kind) return current;
  const bands =
    current.kind === 'bands' || current.kind === 'weighted' ? current.bands : defaultBands(def.max);
  switch (kind) {
    case 'per-star':
      return { kind: 'per-star' };
    case 'bands':
      return { kind: 'bands', bands };
    case 'weighted':
      return {
        kind: 'weighted',
        parts: [{ add: def.dimensions.map((d) => d.code), subtract: [], weight: 100 }],
        bands,
      };
    case 'selection':
      return { kind: 'selection', top: 10, scope: 'campaign', ties: 'keep-all' };
  }
}
