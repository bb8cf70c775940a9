/** Keyboard movement between items: each item's input sits in `[data-primary="<code>"]`. */

function primaryOf(code: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-primary="${CSS.escape(code)}"]`);
}

/** Focuses the item's input (the chosen radio of a group, else its first control). */
export function focusItem(code: string): boolean {
  const box = primaryOf(code);
  if (!box) return false;
  const target =
    box.querySelector<HTMLElement>('input[type="radio"]:checked:not(:disabled)') ??
    box.querySelector<HTMLElement>('input:not(:disabled), textarea:not(:disabled)');
  box.scrollIntoView({ block: 'center' });
  if (!target) return false;
  target.focus();
  return true;
}

/** The item code whose input holds the element, if any. */
export function itemOfElement(el: EventTarget | null): string | null {
  if (!(el instanceof HTMLElement)) return null;
  return el.closest<HTMLElement>('[data-primary]')?.dataset.primary ?? null;
}

/** Moves to the next (or previous) item in rubric order; true when it moved. */
export function moveFrom(codes: readonly string[], code: string, step: 1 | -1): boolean {
  const at = codes.indexOf(code);
  const next = codes[at + step];
  return next !== undefined && focusItem(next);
}
