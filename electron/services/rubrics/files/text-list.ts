/**
 * The compact `key=value;key=value` syntax of the parameter and scheme cells. People type it
 * with a Chinese input method as often as without, so the full-width ； and ＝ separate too. A
 * backslash takes the next character literally (`较好\;中=8`), which is how labels holding a
 * separator survive a round trip.
 */
const LIST_SEPARATORS = new Set([';', '；']);
const PAIR_SEPARATORS = new Set(['=', '＝']);
const ALWAYS_ESCAPED = new Set(['\\', ...LIST_SEPARATORS, ...PAIR_SEPARATORS]);

/** Splits on unescaped separators, keeping escapes in the pieces for the next split. */
export function splitUnescaped(text: string, separators: ReadonlySet<string>, limit = Infinity) {
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text.charAt(i + 1);
      i += 1;
    } else if (separators.has(ch) && pieces.length + 1 < limit) {
      pieces.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  pieces.push(current);
  return pieces;
}

export function unescapeText(text: string): string {
  return text.replace(/\\(.)/gsu, '$1');
}

/** Escapes the list and pair separators, plus `extra` characters (option labels need / and :). */
export function escapeText(text: string, extra = ''): string {
  let out = '';
  for (const ch of text) out += ALWAYS_ESCAPED.has(ch) || extra.includes(ch) ? `\\${ch}` : ch;
  return out;
}

export interface ListEntry {
  /** Key as written, escapes kept (option labels split it further). */
  rawKey: string;
  key: string;
  /** Value with escapes removed and trimmed. */
  value: string;
  /** Value as written, escapes kept. */
  rawValue: string;
  hasValue: boolean;
}

/** `a=1; b=2` → entries; empty pieces (a trailing `;`) are dropped. */
export function parseList(text: string): ListEntry[] {
  return splitUnescaped(text, LIST_SEPARATORS)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
    .map((piece) => {
      const [rawKey = '', rawValue] = splitUnescaped(piece, PAIR_SEPARATORS, 2);
      return {
        rawKey: rawKey.trim(),
        key: unescapeText(rawKey).trim(),
        value: rawValue === undefined ? '' : unescapeText(rawValue).trim(),
        rawValue: rawValue?.trim() ?? '',
        hasValue: rawValue !== undefined,
      };
    });
}

export function formatList(entries: [string, string][]): string {
  return entries.map(([k, v]) => `${k}=${v}`).join(';');
}

/** Lower case, no spaces, hyphens or underscores: how keys and words are compared. */
export function normalizeWord(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}
