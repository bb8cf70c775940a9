/**
 * One line of the bench table. The table is a flat list of these, so later issues (Excel import
 * and export) add rows without touching the others; `key` stays stable for comparing JSON files
 * over time.
 */
export type Unit = 'ms' | 'MB' | 'rows' | 'count';

export interface Measurement {
  dataset: string;
  key: string;
  label: string;
  value: number;
  unit: Unit;
  /** How the value was taken and other figures worth seeing (median, runs, …). */
  detail?: string;
  /** Every run, in milliseconds, for timed measurements. */
  runs?: number[];
  /** value ÷ the value of measurement `to` of the same dataset (the floor). */
  ratio?: { to: string; value: number };
  /** Filled in from TARGETS. */
  target?: Target;
}

/** Pass when value ≤ max and (when given) ratio ≤ ratioMax. */
export interface Target {
  max?: number;
  ratioMax?: number;
}

export type Verdict = 'PASS' | 'MISS' | '';

export const KEYS = {
  floorRound: 'floor.round-scores',
  floorScan: 'floor.scores-scan',
  floorInSql: 'floor.round-in-sql',
  recompute: 'recompute.full',
  load: 'recompute.load-inputs',
  compute: 'recompute.compute-results',
  stateBuild: 'change.build-state',
  change: 'change.one-score',
  changeEndToEnd: 'change.one-score-through-store',
  memory: 'memory.peak-rss',
  startCheck: 'start.file-check',
} as const;

/** The targets on the 2-core reference machine. */
export const TARGETS: Record<string, Record<string, Target>> = {
  county: {
    [KEYS.recompute]: { max: 50 },
    [KEYS.memory]: { max: 1024 },
  },
  province: {
    // Issue #12: the app answers while heavy work runs (campaigns.list p95 ≤ 100 ms).
    'responsive.list-p95': { max: 100 },
    // Issue #12 point 6, judged on medians: full recompute ≤ 1 s, one change ≤ 10 ms, the
    // ranking screen's first screen ≤ 1 s after start and ≤ 200 ms warm, in process and served.
    [KEYS.recompute]: { max: 1000, ratioMax: 3 },
    [KEYS.change]: { max: 10 },
    'screen.cold': { max: 1000 },
    'screen.warm': { max: 200 },
    'screen.cold-wire': { max: 1000 },
    'screen.warm-wire': { max: 200 },
    [KEYS.memory]: { max: 1024 },
  },
};

export function withTargets(measurements: Measurement[]): Measurement[] {
  return measurements.map((m) => {
    const target = TARGETS[m.dataset]?.[m.key];
    return target ? { ...m, target } : m;
  });
}

export function verdict(m: Measurement): Verdict {
  if (!m.target) return '';
  const { max, ratioMax } = m.target;
  if (!Number.isFinite(m.value)) return 'MISS';
  if (max !== undefined && m.value > max) return 'MISS';
  if (ratioMax !== undefined && (m.ratio === undefined || m.ratio.value > ratioMax)) return 'MISS';
  return 'PASS';
}
