import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { TASK_NAMES, findTask } from '../../../electron/jobs/registry';
import type { TaskEnv } from '../../../electron/jobs/task';
import type { RubricDefinition } from '../../../shared/domain/rubric';
import { listItems } from '../../../shared/domain/rubric';
import type { TemplateRead } from '../../../electron/services/score-templates/tasks';
import type { NamingDocData } from '../../../electron/services/publication/documents/data';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { EVALUATORS, createQingshan } from '../../fixtures/qingshan-county';
import { ALL_SHEETS, unzip } from '../exports/support';
import { call, FIXED_NOW, tempDir, testServices } from '../support';

/**
 * Row 10 of the reliability table: every workbook writer, fed hostile text in every field a
 * user can type, writes no formula from it and starts no text cell with a formula character.
 * The writers are found in the worker task registry: a new task must be listed here as a
 * writer (and is then checked) or as a reader, or the first test fails.
 */
const READERS = ['branchImport.read', 'rubrics.readFile', 'scoreTemplates.read'];
/**
 * Tasks that write no workbook: the minutes, the notice and the naming decision are Word
 * documents (the docx package writes user text as plain runs, never as field codes), a backup
 * check only reads a database, and an exchange package's operations are JSON lines.
 */
const NOT_WORKBOOKS = [
  'backups.check',
  'exchange.build',
  'exchange.merge',
  'meetings.minutes',
  'publication.document',
];

/** What spreadsheet programs take for a formula, each with a marker naming the field. */
const STARTS = ["=cmd|' /C calc'!A0", '+1', '-1', '@SUM(1)', '\t=1+1', '\r=1+1'];
let next = 0;
/** A hostile text for one field: a formula start, then the field's marker. */
function hostile(field: string): string {
  const start = STARTS[next % STARTS.length]!;
  next += 1;
  return `${start}·${field}#${next}`;
}

/** Every text of a workbook's parts: shared strings, inline strings, formulas. */
interface Texts {
  texts: string[];
  formulas: string[];
}

function decode(xml: string): string {
  return xml
    .replace(/_x000D_/g, '\r')
    .replace(/_x0009_/g, '\t')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function textsOf(file: Buffer): Texts {
  const parts = unzip(file);
  const texts: string[] = [];
  const formulas: string[] = [];
  for (const [name, xml] of parts) {
    if (name === 'xl/sharedStrings.xml') {
      // One cell text per <si>, rich text runs joined.
      for (const si of xml.match(/<si>[\s\S]*?<\/si>/g) ?? []) {
        const runs = [...si.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((m) => m[1] ?? '');
        texts.push(decode(runs.join('')));
      }
    }
    if (name.startsWith('xl/worksheets/sheet')) {
      // Text cells are inline (<is>) or plain strings (t="str", the value in <v>).
      for (const cell of xml.match(/<c\b[^>]*>[\s\S]*?<\/c>/g) ?? []) {
        const type = /^<c\b[^>]*\bt="([^"]+)"/.exec(cell)?.[1];
        if (type === 'inlineStr') {
          const runs = [...cell.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((m) => m[1] ?? '');
          texts.push(decode(runs.join('')));
        } else if (type === 'str') {
          texts.push(decode(/<v>([\s\S]*?)<\/v>/.exec(cell)?.[1] ?? ''));
        }
      }
      for (const f of xml.match(/<f[ >][\s\S]*?<\/f>/g) ?? []) formulas.push(decode(f));
    }
  }
  return { texts, formulas };
}

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;
let rubric: RubricDefinition;
let markers: string[];
const OPERATOR = hostile('operator');

/** Puts hostile text into every user-typed field of 青山县, straight into the database. */
function makeHostile(db: AppServices['ctx']['db']): string[] {
  const used: string[] = [];
  const put = (field: string): string => {
    const text = hostile(field);
    used.push(text);
    return text;
  };
  const units = db.prepare('SELECT id, kind FROM org_units').all() as {
    id: string;
    kind: string;
  }[];
  for (const u of units)
    db.prepare('UPDATE org_units SET name = ?, department = ? WHERE id = ?').run(
      put(`${u.kind}-name`),
      u.kind === 'county' ? put('department') : null,
      u.id,
    );
  db.prepare('UPDATE campaigns SET name = ?').run(put('campaign'));
  db.prepare('UPDATE rounds SET name = ?').run(put('round'));
  for (const e of db.prepare('SELECT id FROM evaluators').all() as { id: string }[])
    db.prepare('UPDATE evaluators SET name = ?, role = ? WHERE id = ?').run(
      put('evaluator'),
      put('role'),
      e.id,
    );
  db.prepare('UPDATE score_sheets SET remark = ?').run(put('sheet-remark'));
  db.prepare('UPDATE scores SET remark = ?').run(put('value-remark'));
  const vetoes = db
    .prepare(
      'SELECT sheet_id AS sheet, item_code AS item, input FROM scores WHERE input LIKE \'%"reason"%\'',
    )
    .all() as { sheet: string; item: string; input: string }[];
  expect(vetoes.length).toBeGreaterThan(0);
  for (const v of vetoes) {
    const input = JSON.parse(v.input) as Record<string, unknown>;
    db.prepare('UPDATE scores SET input = ? WHERE sheet_id = ? AND item_code = ?').run(
      JSON.stringify({ ...input, reason: put('veto-reason') }),
      v.sheet,
      v.item,
    );
  }
  const version = db.prepare('SELECT id, definition FROM rubric_versions').all() as {
    id: string;
    definition: string;
  }[];
  for (const row of version) {
    const def = JSON.parse(row.definition) as RubricDefinition;
    hostileRubric(def, put);
    db.prepare('UPDATE rubric_versions SET name = ?, definition = ? WHERE id = ?').run(
      put('rubric-name'),
      JSON.stringify(def),
      row.id,
    );
  }
  return used;
}

/** Names, English names, guidance and option labels of a rubric, all hostile. */
function hostileRubric(def: RubricDefinition, put: (field: string) => string): void {
  for (const d of def.dimensions) {
    d.name = put('dimension');
    d.nameEn = put('dimension-en');
    for (const i of d.indicators) {
      i.name = put('indicator');
      i.nameEn = put('indicator-en');
      for (const it of i.items) {
        it.name = put('item');
        it.nameEn = put('item-en');
        it.guidance = put('guidance');
        // Option labels are compared trimmed when read back, so no leading tab or CR here.
        for (const o of it.options ?? []) {
          next += next % STARTS.length >= 4 ? STARTS.length - (next % STARTS.length) : 0;
          o.label = put('option');
          if ('labelEn' in o) o.labelEn = put('option-en');
        }
      }
    }
  }
}

beforeEach(async () => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'hostile.sqlite'), false);
  county = await createQingshan((method, input) => call(services, method, input));
  await call(services, 'exports.saveOptions', {
    campaignId: county.campaignId,
    options: { ...ALL_SHEETS, unitName: hostile('unit-name') },
  });
  markers = makeHostile(services.ctx.db);
  const stored = services.ctx.db
    .prepare('SELECT definition FROM rubric_versions WHERE id = ?')
    .get(county.rubricVersionId) as { definition: string };
  rubric = JSON.parse(stored.definition) as RubricDefinition;
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

function env(): TaskEnv {
  return {
    dataFile: join(tmp.dir, 'hostile.sqlite'),
    now: FIXED_NOW,
    actor: OPERATOR,
    info: services.ctx.info,
  };
}

const noReport = () => undefined;

/** Runs each writer task in this thread, as the worker would, and answers the files written. */
const WRITERS: Record<string, () => Promise<Buffer[]>> = {
  'rubrics.writeFile': async () => {
    const target = join(tmp.dir, 'rubric.xlsx');
    await findTask('rubrics.writeFile').run(
      { name: hostile('rubric-file-name'), definition: rubric, format: 'xlsx', target },
      noReport,
      env(),
    );
    return [readFileSync(target)];
  },
  'scoreTemplates.write': async () => {
    const evaluators = services.ctx.db.prepare('SELECT id FROM evaluators').all() as {
      id: string;
    }[];
    expect(evaluators).toHaveLength(EVALUATORS.length);
    const files: Buffer[] = [];
    for (const layout of ['per-branch', 'grid'] as const) {
      for (const { id } of evaluators) {
        const target = join(tmp.dir, `template-${layout}-${id}.xlsx`);
        await findTask('scoreTemplates.write').run(
          { roundId: county.roundId, evaluatorId: id, layout, target },
          noReport,
          env(),
        );
        files.push(readFileSync(target));
      }
    }
    return files;
  },
  'publication.workbook': async () => {
    // The task takes plain data read on main: every text in it is one a user typed.
    const pick = (field: string) => markers.filter((m) => m.includes(`·${field}#`));
    const branches = pick('branch-name');
    const township = pick('township-name')[0]!;
    const data: NamingDocData = {
      language: 'zh-CN',
      county: pick('county-name')[0]!,
      department: pick('department')[0]!,
      campaign: pick('campaign')[0]!,
      year: 2025,
      operator: OPERATOR,
      generatedAt: FIXED_NOW,
      appVersion: '0.0.0-test',
      checkpoint: { fingerprint: '3F2A 91C0 7B1E 04D2 AA19', version: 1 },
      documentNumber: hostile('document-number'),
      namedOn: '2025-10-20',
      notice: { title: hostile('notice-title'), startDay: '2025-09-29', endDay: '2025-10-11' },
      named: [],
      sentUp: [],
      rows: branches.map((name, i) => ({
        no: i + 1,
        name,
        township,
        level: 3,
        levelText: hostile('level-name'),
        by: i % 2 === 0 ? 'county' : 'city',
        objections: hostile('objections'),
      })),
    };
    const files: Buffer[] = [];
    for (const kind of ['plaques', 'filing'] as const) {
      const target = join(tmp.dir, `naming-${kind}.xlsx`);
      await findTask('publication.workbook').run({ kind, data, target }, noReport, env());
      files.push(readFileSync(target));
    }
    return files;
  },
  'exports.build': async () => {
    const target = join(tmp.dir, 'export.xlsx');
    const stored = await call<typeof ALL_SHEETS>(services, 'exports.options', {
      campaignId: county.campaignId,
    });
    await findTask('exports.build').run(
      { campaignId: county.campaignId, options: { ...stored, sheets: ALL_SHEETS.sheets }, target },
      noReport,
      env(),
    );
    return [readFileSync(target)];
  },
};

describe('formula injection through every workbook writer', () => {
  it('reads a guarded score template back as written: hostile option labels and reasons', async () => {
    const [evaluator] = services.ctx.db.prepare('SELECT id FROM evaluators').all() as {
      id: string;
    }[];
    const target = join(tmp.dir, 'round-trip.xlsx');
    await findTask('scoreTemplates.write').run(
      { roundId: county.roundId, evaluatorId: evaluator!.id, layout: 'per-branch', target },
      noReport,
      env(),
    );
    const items = listItems(rubric);
    const read = (await findTask('scoreTemplates.read').run(
      { path: target, fileName: 'round-trip.xlsx', items },
      noReport,
      env(),
    )) as TemplateRead;
    const cells = read.cells ?? [];
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.parsed !== null && 'problem' in c.parsed)).toEqual([]);
    const choices = cells.filter(
      (c) => c.parsed !== null && 'entry' in c.parsed && 'option' in c.parsed.entry,
    );
    expect(choices.length).toBeGreaterThan(0);
    const reasons = cells.flatMap((c) =>
      c.parsed !== null &&
      'entry' in c.parsed &&
      'reason' in c.parsed.entry &&
      c.parsed.entry.reason
        ? [c.parsed.entry.reason]
        : [],
    );
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(markers).toContain(reason);
  });

  it('knows every worker task as a writer it checks or as a reader', () => {
    expect([...TASK_NAMES].sort()).toEqual(
      [...READERS, ...NOT_WORKBOOKS, ...Object.keys(WRITERS)].sort(),
    );
  });

  it.each(Object.keys(WRITERS))(
    '%s writes hostile user text as guarded text, never as a formula',
    async (name) => {
      const files = await WRITERS[name]!();
      const all: string[] = [];
      for (const file of files) {
        const { texts, formulas } = textsOf(file);
        // No formula carries user text (the writers' own formulas hold none of the markers).
        for (const f of formulas) expect(f).not.toMatch(/·/);
        for (const text of texts)
          expect(text, `cell text ${JSON.stringify(text)}`).not.toMatch(/^[=+\-@\t\r]/);
        all.push(...texts);
      }
      // The hostile text really reached the workbook (guarded with a leading ').
      const joined = all.join('\n');
      const reached = [...markers, OPERATOR].filter((m) => joined.includes(m));
      expect(reached.length).toBeGreaterThan(3);
      for (const m of reached) {
        const cells = all.filter((t) => t.includes(m));
        expect(cells.length).toBeGreaterThan(0);
      }
      expect(all.some((t) => t.startsWith("'") && STARTS.some((s) => t.startsWith(`'${s}`)))).toBe(
        true,
      );
    },
  );
});
