import { describe, expect, it } from 'vitest';
import { SerialRunner } from '../../../shared/util/serial-runner';

/** A save whose requests finish only when the test says so, recording what each one sent. */
function controlledSave(snapshot: () => string) {
  const sent: string[] = [];
  const finish: (() => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const saveOnce = () => {
    sent.push(snapshot());
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<unknown>((resolve) => {
      finish.push(() => {
        inFlight -= 1;
        resolve(undefined);
      });
    });
  };
  return { sent, finish, saveOnce, maxInFlight: () => maxInFlight };
}

const flushMicrotasks = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('autosave ordering (SerialRunner)', () => {
  it('never sends two saves at once and sends edits made meanwhile next, in order', async () => {
    let typed = 'a';
    const save = controlledSave(() => typed);
    const runner = new SerialRunner(
      save.saveOnce,
      () => true,
      () => true,
    );
    const first = runner.run();
    typed = 'ab';
    const second = runner.run();
    typed = 'abc';
    void runner.run();
    expect(second).toBe(first);
    expect(save.sent).toEqual(['a']);
    save.finish.shift()!();
    await flushMicrotasks();
    // The two calls made meanwhile become ONE more request carrying the latest text.
    expect(save.sent).toEqual(['a', 'abc']);
    save.finish.shift()!();
    await first;
    expect(save.maxInFlight()).toBe(1);
    expect(runner.running).toBeNull();
  });

  it('runs again at once when a save reports part of its batch left', async () => {
    let calls = 0;
    const runner = new SerialRunner(
      () => Promise.resolve((calls += 1) < 3),
      () => true,
      () => true,
    );
    await runner.run();
    expect(calls).toBe(3);
  });

  it('does not start when it may not, and stops repeating once told to', async () => {
    let calls = 0;
    const blocked = new SerialRunner(
      () => Promise.resolve((calls += 1)),
      () => false,
      () => true,
    );
    await blocked.run();
    expect(calls).toBe(0);

    let conflict = false;
    const runner = new SerialRunner(
      () => {
        calls += 1;
        conflict = true; // the server answered CONFLICT
        return Promise.resolve(true);
      },
      () => true,
      () => !conflict,
    );
    await runner.run();
    expect(calls).toBe(1);
  });
});
