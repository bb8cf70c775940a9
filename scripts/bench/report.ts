import { writeFileSync } from 'node:fs';
import type { ResultMix } from './child';
import type { GitInfo, MachineInfo } from './machine';
import type { Measurement } from './measurement';
import { verdict } from './measurement';

export interface DatasetSummary {
  name: string;
  file: string;
  bytes: number;
  generatedMs: number | null;
  branches: number;
  sheets: number;
  scoreRows: number;
  mix: ResultMix;
}

export interface BenchReport {
  timestamp: string;
  git: GitInfo;
  machine: MachineInfo;
  datasets: DatasetSummary[];
  measurements: (Measurement & { verdict: string })[];
}

export function buildReport(
  machine: MachineInfo,
  git: GitInfo,
  datasets: DatasetSummary[],
  measurements: Measurement[],
): BenchReport {
  return {
    timestamp: new Date().toISOString(),
    git,
    machine,
    datasets,
    measurements: measurements.map((m) => ({ ...m, verdict: verdict(m) })),
  };
}

export function writeReport(file: string, report: BenchReport): void {
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
