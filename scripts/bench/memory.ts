import { readFileSync } from 'node:fs';

let sampledPeak = 0;
const phases: { label: string; rss: number }[] = [];

/** Remembers the current RSS; the fallback when /proc is not there (macOS, Windows). */
export function sampleRss(): number {
  const rss = process.memoryUsage().rss;
  sampledPeak = Math.max(sampledPeak, rss);
  return rss;
}

/** Records the RSS after a phase, so the report can say where the memory went. */
export function markPhase(label: string): void {
  phases.push({ label, rss: sampleRss() });
}

export function phaseSummary(): string {
  return phases.map((p) => `${p.label} ${Math.round(p.rss / 1024 / 1024)}`).join(' · ');
}

export interface PeakMemory {
  bytes: number;
  source: 'VmHWM' | 'sampled';
}

/** The process's peak resident set: the kernel's high-water mark when Linux reports it. */
export function peakRss(): PeakMemory {
  sampleRss();
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    if (match?.[1]) return { bytes: Number(match[1]) * 1024, source: 'VmHWM' };
  } catch {
    // Not Linux: fall through to the sampled figure.
  }
  return { bytes: sampledPeak, source: 'sampled' };
}
