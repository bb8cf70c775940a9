import type { AppEventName } from '../../../shared/api/events';
import { EVENT_NAMES } from '../../../shared/api/events';
import type { EventsFace } from '../../../shared/bridge';
import { EVENTS_ROUTE } from '../../../shared/transport';

/**
 * The browser's event face: one `EventSource` on the web host's event stream, opened when the
 * first listener subscribes (the session cookie authorises it), reconnecting by itself.
 */
export function webEvents(): EventsFace {
  const listeners = new Map<AppEventName, Set<(data: never) => void>>();
  let source: EventSource | null = null;
  const open = () => {
    if (source) return;
    source = new EventSource(EVENTS_ROUTE);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        let data: unknown;
        try {
          data = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const listener of listeners.get(name) ?? []) listener(data as never);
      });
    }
  };
  return {
    subscribe(name, listener) {
      open();
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
}
