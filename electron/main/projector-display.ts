/** What the projector window needs of a display (Electron's `Display`, kept local to test). */
export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * The display for a meeting's projector window: the first that is not the primary one (the
 * laptop's own screen, where the operator works), or null when there is only one.
 */
export function projectorDisplay(
  displays: readonly DisplayInfo[],
  primaryId: number,
): DisplayInfo | null {
  return displays.find((d) => d.id !== primaryId) ?? null;
}
