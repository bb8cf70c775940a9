import { useCallback, useMemo, useReducer } from 'react';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import type { NodeRef } from './model/nodeRef';
import { nodeExists, nodeKey, parseNodeKey, ROOT } from './model/nodeRef';

/** How many changes Ctrl+Z can take back. */
const UNDO_LIMIT = 200;
/** Keystrokes in one field within this time are one change, so undo does not go letter by letter. */
const MERGE_MS = 1200;

interface Snapshot {
  definition: RubricDefinition;
  selected: string;
}

interface State {
  current: RubricDefinition;
  selected: string;
  past: Snapshot[];
  /** The definition as last saved (by reference: undoing back to it is "no changes"). */
  saved: RubricDefinition;
  lastMergeKey: string | null;
  lastAt: number;
}

type Action =
  | { type: 'edit'; definition: RubricDefinition; select?: string; mergeKey?: string; at: number }
  | { type: 'undo' }
  | { type: 'select'; key: string }
  | { type: 'saved' };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'edit': {
      if (action.definition === state.current) return state;
      const merge =
        action.mergeKey !== undefined &&
        action.mergeKey === state.lastMergeKey &&
        action.at - state.lastAt < MERGE_MS;
      const past = merge
        ? state.past
        : [...state.past, { definition: state.current, selected: state.selected }].slice(
            -UNDO_LIMIT,
          );
      return {
        ...state,
        current: action.definition,
        selected: action.select ?? state.selected,
        past,
        lastMergeKey: action.mergeKey ?? null,
        lastAt: action.at,
      };
    }
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        ...state,
        current: previous.definition,
        selected: previous.selected,
        past: state.past.slice(0, -1),
        lastMergeKey: null,
      };
    }
    case 'select':
      return state.selected === action.key
        ? state
        : { ...state, selected: action.key, lastMergeKey: null };
    case 'saved':
      return { ...state, saved: state.current, lastMergeKey: null };
  }
}

export interface EditorState {
  definition: RubricDefinition;
  selected: NodeRef;
  dirty: boolean;
  canUndo: boolean;
  /** Records a change; changes with the same mergeKey in quick succession undo together. */
  edit: (definition: RubricDefinition, options?: { select?: NodeRef; mergeKey?: string }) => void;
  undo: () => void;
  select: (ref: NodeRef) => void;
  markSaved: () => void;
}

export function useEditorState(initial: RubricDefinition): EditorState {
  const [state, dispatch] = useReducer(reduce, initial, (definition) => ({
    current: definition,
    selected: nodeKey(ROOT),
    past: [],
    saved: definition,
    lastMergeKey: null,
    lastAt: 0,
  }));
  const edit = useCallback<EditorState['edit']>((definition, options) => {
    dispatch({
      type: 'edit',
      definition,
      select: options?.select ? nodeKey(options.select) : undefined,
      mergeKey: options?.mergeKey,
      at: Date.now(),
    });
  }, []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const select = useCallback((ref: NodeRef) => dispatch({ type: 'select', key: nodeKey(ref) }), []);
  const markSaved = useCallback(() => dispatch({ type: 'saved' }), []);
  const { current, selected: selectedKey } = state;
  const selected = useMemo(() => {
    // After an undo or delete the remembered position may be gone; fall back to the root.
    const ref = parseNodeKey(selectedKey);
    return ref && nodeExists(current, ref) ? ref : ROOT;
  }, [selectedKey, current]);
  return {
    definition: state.current,
    selected,
    dirty: state.current !== state.saved,
    canUndo: state.past.length > 0,
    edit,
    undo,
    select,
    markSaved,
  };
}
