import type { RubricVersionSummary } from '../../../../shared/domain/views';

/** A version row of the library table, knowing its place in its lineage's group. */
export interface VersionRow extends RubricVersionSummary {
  /** Rows the lineage cell spans (0 for all but the group's first row). */
  span: number;
  /** Name of the lineage's newest version, which names the group. */
  lineageName: string;
  latest: boolean;
}

/** Versions grouped by lineage, newest version first; groups in name order. */
export function groupVersions(versions: RubricVersionSummary[], locale: string): VersionRow[] {
  const groups = new Map<string, RubricVersionSummary[]>();
  for (const v of versions) groups.set(v.lineageId, [...(groups.get(v.lineageId) ?? []), v]);
  const sorted = [...groups.values()].map((list) =>
    [...list].sort((a, b) => b.version - a.version),
  );
  sorted.sort((a, b) => (a[0]?.name ?? '').localeCompare(b[0]?.name ?? '', locale));
  return sorted.flatMap((list) =>
    list.map((v, index) => ({
      ...v,
      span: index === 0 ? list.length : 0,
      lineageName: list[0]?.name ?? v.name,
      latest: index === 0,
    })),
  );
}
