import type { AppEvent, AppEventName, AppEvents } from '../shared/api/events';
import { createLogger } from './logger';

const log = createLogger('events');

/**
 * Main's side of the contract's events: services emit, each host forwards to its pages
 * (Electron with `webContents.send`, the web host as Server-Sent Events).
 */
export interface EventHub {
  emit<K extends AppEventName>(name: K, data: AppEvents[K]): void;
  /** Every event, until the returned function is called. */
  subscribe(listener: (event: AppEvent) => void): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<(event: AppEvent) => void>();
  return {
    emit(name, data) {
      const event = { name, data } as AppEvent;
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          // A page that went away must not stop the job that reports to it.
          log.warn(`event listener failed: ${String(error)}`);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
