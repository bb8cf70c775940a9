import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { validateRubric } from '../../../../shared/domain/rubric-validate';
import type { RubricImportResult } from '../../../../shared/domain/views';
import { fileProblem } from './problems';

/** The envelope of a rubric file: a tag so a stray JSON file is not mistaken for a rubric. */
export const JSON_FORMAT = 'xingping-rubric';
export const JSON_VERSION = 1;

export function rubricToJson(name: string, definition: RubricDefinition): string {
  const envelope = { format: JSON_FORMAT, version: JSON_VERSION, name, definition };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Line and column (1-based) of a JSON.parse error, from V8's message. */
function errorPlace(text: string, message: string): { line: number; column: number } | null {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (!pos) return text.trim() === '' ? { line: 1, column: 1 } : null;
  const before = text.slice(0, Number(pos[1])).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the envelope, or a bare definition object (named after the file). */
export function rubricFromJson(text: string, fallbackName: string): RubricImportResult {
  const fail = (problem: ReturnType<typeof fileProblem>): RubricImportResult => ({
    definition: null,
    name: fallbackName,
    problems: [problem],
  });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const place = errorPlace(text, message);
    return fail(
      fileProblem('json-invalid', '(file)', {
        line: place?.line ?? '',
        column: place?.column ?? '',
        message,
      }),
    );
  }
  if (!isObject(data)) return fail(fileProblem('format-unknown', '(file)', { format: '' }));
  let definition: unknown = data;
  let name = fallbackName;
  if ('format' in data) {
    if (data.format !== JSON_FORMAT)
      return fail(fileProblem('format-unknown', 'format', { format: String(data.format) }));
    if (data.version !== JSON_VERSION)
      return fail(
        fileProblem('version-unsupported', 'version', {
          version: String(data.version),
          supported: JSON_VERSION,
        }),
      );
    definition = data.definition;
    if (typeof data.name === 'string' && data.name.trim() !== '') name = data.name.trim();
  } else if (!('dimensions' in data) && !('scheme' in data)) {
    return fail(fileProblem('format-unknown', '(file)', { format: '' }));
  }
  const { definition: valid, problems } = validateRubric(definition);
  return { definition: valid, name: name.slice(0, 200), problems };
}
