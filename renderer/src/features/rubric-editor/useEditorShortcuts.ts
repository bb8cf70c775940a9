import { useEffect, useEffectEvent } from 'react';

export interface EditorShortcuts {
  onSave: () => void;
  onUndo: () => void;
}

/**
 * Ctrl+S saves and Ctrl+Z takes back the last change to the rubric, wherever focus is in the
 * editor (also inside its inputs: their values come from the rubric, so the rubric's undo is the
 * one that matters). Dialogs keep their own keys.
 */
export function useEditorShortcuts({ onSave, onUndo }: EditorShortcuts): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.target;
    if (target instanceof Element && target.closest('.ant-modal')) return;
    const key = event.key.toLowerCase();
    if (key === 's') {
      event.preventDefault();
      onSave();
    } else if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      onUndo();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
