import { useSyncExternalStore } from 'react';
import type { Route } from './routes';
import { parseHash } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function getHash(): string {
  return window.location.hash;
}

/** The current screen, from the URL hash: links are plain `<a href="#/…">`, no router needed. */
export function useRoute(): Route {
  return parseHash(useSyncExternalStore(subscribe, getHash));
}

export function navigate(href: string): void {
  window.location.hash = href;
}
