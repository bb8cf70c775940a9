import { describe, expect, it } from 'vitest';
import { projectorDisplay } from '../../../electron/main/projector-display';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const beamer = { id: 7, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };

describe('the projector window display', () => {
  it('goes to the display that is not the primary one', () => {
    expect(projectorDisplay([laptop, beamer], 1)).toBe(beamer);
    expect(projectorDisplay([beamer, laptop], 1)).toBe(beamer);
  });

  it('has no display of its own when the laptop has only its screen', () => {
    expect(projectorDisplay([laptop], 1)).toBeNull();
  });
});
