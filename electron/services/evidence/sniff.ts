import type { EvidenceMimeType } from '../../../shared/domain/views/evidence';
import type { ContentKind } from './allow-list';
import {
  ACCEPTED,
  ACTIVE_EXTENSIONS,
  extensionOf,
  isDeceptiveName,
  LEGACY_EXTENSIONS,
  MACRO_EXTENSIONS,
  MIME_OF,
  PROGRAM_EXTENSIONS,
} from './allow-list';
import type { Content } from './content';
import { sniffContent } from './content';

/** Why a file cannot be evidence; each is one translated sentence naming the file. */
export type EvidenceProblem =
  | 'bad-name'
  | 'executable'
  | 'active-content'
  | 'macro'
  | 'legacy-office'
  | 'unsupported-type'
  | 'text-encoding'
  | 'mismatch';

export type Sniffed =
  { ok: true; mime: EvidenceMimeType } | { ok: false; problem: EvidenceProblem; found?: Content };

const isAccepted = (content: Content): content is ContentKind => content in MIME_OF;

/**
 * Whether a file may be evidence, by its name AND its bytes: the extension must be on the
 * allow-list (`allow-list.ts`) and the content must be what the extension says. The refusals
 * that say most come first: a program is called a program even when its name says “.pdf”.
 */
export function sniffEvidence(fileName: string, buf: Buffer): Sniffed {
  if (isDeceptiveName(fileName)) return { ok: false, problem: 'bad-name' };
  const ext = extensionOf(fileName);
  const content = sniffContent(buf);
  if (PROGRAM_EXTENSIONS.has(ext) || content === 'program')
    return { ok: false, problem: 'executable' };
  if (ACTIVE_EXTENSIONS.has(ext) || content === 'active')
    return { ok: false, problem: 'active-content' };
  if (MACRO_EXTENSIONS.has(ext) || content === 'macro') return { ok: false, problem: 'macro' };
  if (LEGACY_EXTENSIONS.has(ext) || content === 'legacy-office')
    return { ok: false, problem: 'legacy-office' };
  const allowed = ACCEPTED[ext];
  if (!allowed) return { ok: false, problem: 'unsupported-type' };
  if (ext === 'txt' && content === 'bad-text') return { ok: false, problem: 'text-encoding' };
  if (!isAccepted(content) || !allowed.includes(content))
    return { ok: false, problem: 'mismatch', found: content };
  return { ok: true, mime: MIME_OF[content] };
}
