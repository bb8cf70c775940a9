import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Stamp } from '../../../electron/services/exchange/clock';
import {
  ClockError,
  compare,
  format,
  initialStamp,
  parse,
  receive,
  tick,
} from '../../../electron/services/exchange/clock';

const A = '000000000000000a';
const B = '000000000000000b';
const T0 = Date.UTC(2026, 11, 4, 8, 0, 0, 0);
const MINUTE = 60_000;

function clockError(fn: () => unknown): ClockError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ClockError) return error;
    throw error;
  }
  throw new Error('expected a ClockError');
}

describe('the hybrid logical clock', () => {
  it('stamps local writes at wall time, counting within one millisecond', () => {
    const first = tick(initialStamp(A), T0);
    expect(first).toEqual({ millis: T0, counter: 0, replica: A });
    const second = tick(first, T0);
    expect(second).toEqual({ millis: T0, counter: 1, replica: A });
    const later = tick(second, T0 + 5);
    expect(later).toEqual({ millis: T0 + 5, counter: 0, replica: A });
  });

  it('never goes backwards when the wall clock is set back', () => {
    const ahead = tick(initialStamp(A), T0 + 10 * MINUTE);
    // Someone corrects the laptop's date by ten minutes: stamps keep increasing.
    const after = tick(ahead, T0);
    expect(after).toEqual({ millis: T0 + 10 * MINUTE, counter: 1, replica: A });
    expect(compare(after, ahead)).toBe(1);
  });

  it('orders what it does after a received stamp that is ahead of its wall time', () => {
    const local = tick(initialStamp(A), T0);
    const remote: Stamp = { millis: T0 + 3 * MINUTE, counter: 7, replica: B };
    const merged = receive(local, remote, T0 + 1);
    expect(merged).toEqual({ millis: T0 + 3 * MINUTE, counter: 8, replica: A });
    expect(compare(tick(merged, T0 + 2), remote)).toBe(1);
  });

  it('takes the larger counter when local, remote and wall time share a millisecond', () => {
    const local: Stamp = { millis: T0, counter: 4, replica: A };
    expect(receive(local, { millis: T0, counter: 9, replica: B }, T0).counter).toBe(10);
    expect(receive(local, { millis: T0, counter: 2, replica: B }, T0).counter).toBe(5);
    // Wall time ahead of both: a fresh millisecond, counter 0.
    expect(receive(local, { millis: T0, counter: 2, replica: B }, T0 + 1)).toEqual({
      millis: T0 + 1,
      counter: 0,
      replica: A,
    });
  });

  it('refuses a received stamp further ahead of its wall time than the drift allowed', () => {
    const local = tick(initialStamp(A), T0);
    const remote: Stamp = { millis: T0 + 2 * MINUTE, counter: 0, replica: B };
    expect(clockError(() => receive(local, remote, T0, { maxDriftMs: MINUTE })).kind).toBe('drift');
    // Within the bound it is taken, and a stamp behind the wall is always fine.
    expect(receive(local, remote, T0, { maxDriftMs: 3 * MINUTE }).millis).toBe(T0 + 2 * MINUTE);
    expect(receive(local, { ...remote, millis: T0 - 365 * 24 * 60 * MINUTE }, T0).millis).toBe(T0);
    // The default tolerates a laptop an hour off, not one a year off.
    expect(receive(local, { ...remote, millis: T0 + 60 * MINUTE }, T0).millis).toBe(
      T0 + 60 * MINUTE,
    );
    expect(
      clockError(() => receive(local, { ...remote, millis: T0 + 365 * 24 * 60 * MINUTE }, T0)).kind,
    ).toBe('drift');
  });

  it('refuses a received stamp carrying its own replica id (a copied database)', () => {
    const local = tick(initialStamp(A), T0);
    expect(clockError(() => receive(local, { ...local, counter: 3 }, T0)).kind).toBe(
      'same-replica',
    );
  });

  it('carries a full counter into the next millisecond instead of refusing the write', () => {
    let stamp = tick(initialStamp(A), T0);
    for (let i = 0; i < 0x10000; i++) stamp = tick(stamp, T0);
    expect(stamp).toEqual({ millis: T0 + 1, counter: 0, replica: A });
    expect(tick(stamp, T0)).toEqual({ millis: T0 + 1, counter: 1, replica: A });
  });

  it('prints stamps as text that sorts exactly as the stamps order', () => {
    const stamp = { millis: T0, counter: 0x1a, replica: A };
    expect(format(stamp)).toBe('2026-12-04T08:00:00.000Z-001A-000000000000000a');
    const arbitraryStamp = fc.record({
      millis: fc.integer({ min: 0, max: Date.UTC(9999, 0, 1) }),
      counter: fc.integer({ min: 0, max: 0xffff }),
      replica: fc.constantFrom(A, B, 'ffffffffffffffff', '0123456789abcdef'),
    });
    fc.assert(
      fc.property(arbitraryStamp, arbitraryStamp, (x, y) => {
        const plain = format(x) < format(y) ? -1 : format(x) > format(y) ? 1 : 0;
        expect(plain).toBe(compare(x, y));
        expect(parse(format(x))).toEqual(x);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses malformed stamp text (as a tampered package would carry)', () => {
    for (const bad of [
      '',
      '2026-12-04T08:00:00.000Z-001A-000000000000000A',
      '2026-12-04T08:00:00.000Z-01A-000000000000000a',
      '2026-02-31T08:00:00.000Z-0000-000000000000000a',
      '2026-12-04 08:00:00.000Z-0000-000000000000000a',
      '2026-12-04T08:00:00.000Z-0000-000000000000000a ',
    ]) {
      expect(clockError(() => parse(bad)).kind).toBe('malformed');
    }
    expect(clockError(() => initialStamp('not-hex')).kind).toBe('malformed');
    expect(clockError(() => tick(initialStamp(A), Number.NaN)).kind).toBe('malformed');
  });

  it('keeps every stamp of a replica increasing over any sequence of writes and receipts', () => {
    const event = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), now: fc.integer({ min: 0, max: 5000 }) }),
      fc.record({
        kind: fc.constant('receive' as const),
        now: fc.integer({ min: 0, max: 5000 }),
        remote: fc.integer({ min: 0, max: 5000 }),
        counter: fc.integer({ min: 0, max: 20 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        let clock = initialStamp(A);
        for (const e of events) {
          const before = clock;
          if (e.kind === 'tick') {
            clock = tick(clock, T0 + e.now);
          } else {
            const remote = { millis: T0 + e.remote, counter: e.counter, replica: B };
            clock = receive(clock, remote, T0 + e.now, { maxDriftMs: 10_000 });
            expect(compare(clock, remote)).toBe(1);
          }
          expect(compare(clock, before)).toBe(1);
          // Never further ahead of the wall than what it was shown.
          expect(clock.millis).toBeGreaterThanOrEqual(T0 + e.now);
        }
      }),
      { numRuns: 200 },
    );
  });
});
