import type { ProjectedSimulation } from '../../../shared/domain/views/meetings';

/**
 * The simulation the operator put on the projector, per meeting. Kept in memory on purpose:
 * issue #13 says nothing is stored until a decision is recorded, and a restart clears it.
 */
const shown = new Map<string, ProjectedSimulation>();

export function setProjected(meetingId: string, value: ProjectedSimulation | null): void {
  if (value) shown.set(meetingId, value);
  else shown.delete(meetingId);
}

/** Shown only while its item is the current one: advancing takes it off the screen. */
export function projectedFor(
  meetingId: string,
  currentItemId: string | null,
): ProjectedSimulation | null {
  const value = shown.get(meetingId);
  return value && value.itemId === currentItemId ? value : null;
}
