import { z } from 'zod';
import { parse } from './clock';
import type { OperationRow } from './queries';
import type { RowOp } from './row';
import { refusePackage } from './seal';
import { loggedPolicy, TABLE_POLICIES } from './tables';

/**
 * An operation as a package carries it: one line of `operations.jsonl`. Everything in it is
 * checked before anything is applied — the table travels, the key has the table's shape, the
 * stamps parse — because the columns it names become SQL identifiers on the receiving laptop.
 */
export interface Operation {
  readonly op: string;
  readonly tbl: string;
  /** The key values as JSON array text, exactly as the log keeps it. */
  readonly rowKey: string;
  readonly vals: Readonly<Record<string, unknown>> | null;
  readonly bases: readonly string[];
  readonly replica: string;
  readonly actor: string;
}

const OP_ID = /^(.+)\/(\d{8})$/;
const scalar = z.union([z.string(), z.number(), z.null()]);

const lineSchema = z.object({
  op: z.string(),
  tbl: z.string(),
  key: z.array(scalar).min(1),
  vals: z.record(z.string(), scalar).nullable(),
  bases: z.array(z.string()),
  replica: z.string().regex(/^[0-9a-f]{16}$/),
  actor: z.string(),
});

function stampOf(op: string): string {
  const match = OP_ID.exec(op);
  if (!match?.[1]) throw new Error(`not an operation id: ${op}`);
  parse(match[1]);
  return match[1];
}

/** The operation's commit stamp (text), e.g. to move the clock past the latest received. */
export function operationStamp(op: string): string {
  return stampOf(op);
}

/** A logged operation as the row rule (`row.ts`) reads it. */
export function rowOpOf(row: Pick<OperationRow, 'op' | 'bases' | 'vals' | 'actor'>): RowOp {
  return {
    op: row.op,
    bases: JSON.parse(row.bases) as string[],
    vals: row.vals === null ? null : (JSON.parse(row.vals) as Record<string, unknown>),
    actor: row.actor,
  };
}

/**
 * `operations.jsonl`: one operation per line, in the log's order. Written from the log's own
 * text — the key, values and bases are stored as JSON already — rather than parsed and
 * stringified again: a county's package is 90,000 lines. `parseOperations` checks every line.
 */
export function serialiseLogRows(rows: readonly Omit<OperationRow, 'seq'>[]): Uint8Array {
  const lines = rows.map(
    (row) =>
      `{"op":${JSON.stringify(row.op)},"tbl":${JSON.stringify(row.tbl)},"key":${row.row_key},` +
      `"vals":${row.vals ?? 'null'},"bases":${row.bases},"replica":${JSON.stringify(row.replica)},` +
      `"actor":${JSON.stringify(row.actor)}}`,
  );
  return new TextEncoder().encode(lines.length === 0 ? '' : `${lines.join('\n')}\n`);
}

/**
 * Reads `operations.jsonl` back, refusing the package (`PACKAGE_INVALID`, reason
 * `packageOperation`, the line named) at the first line that is not a valid operation.
 */
export function parseOperations(bytes: Uint8Array): Operation[] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const operations: Operation[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line === '' && index === lines.length - 1) return;
    const part = `operations.jsonl:${index + 1}`;
    try {
      operations.push(checked(lineSchema.parse(JSON.parse(line))));
    } catch {
      refusePackage('packageOperation', `Line ${index + 1} is not a valid operation`, part);
    }
  });
  return operations;
}

function checked(line: z.infer<typeof lineSchema>): Operation {
  const policy = TABLE_POLICIES[line.tbl];
  if (!policy?.travels) throw new Error(`${line.tbl} does not travel`);
  const { key } = loggedPolicy(line.tbl);
  if (line.key.length !== key.length) throw new Error('key shape');
  stampOf(line.op);
  for (const base of line.bases) stampOf(base);
  if (line.vals) {
    const local = new Set([
      ...(policy.localColumns ?? []),
      ...(policy.file ? [policy.file.column] : []),
    ]);
    for (const column of Object.keys(line.vals)) {
      // Column names are checked against the schema again when applied; here, their shape.
      if (local.has(column) || !/^[a-z_][a-z0-9_]*$/.test(column)) throw new Error('column');
    }
  }
  return {
    op: line.op,
    tbl: line.tbl,
    rowKey: JSON.stringify(line.key),
    vals: line.vals,
    bases: line.bases,
    replica: line.replica,
    actor: line.actor,
  };
}
