import { createHash, randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type {
  BranchImportPreview,
  BranchImportResult,
} from '../../../shared/domain/views/branch-import';
import type { EvidenceFileView, EvidenceLink } from '../../../shared/domain/views/evidence';
import type { OutgoingFile } from '../../../shared/domain/views/files';
import { FILE_KINDS } from '../../../shared/domain/views/files';
import type { Result } from '../../../shared/result';
import { fileLink } from '../../../shared/transport';
import { createMainI18n } from '../../../electron/i18n';
import { png } from '../evidence/files';
import { count } from '../support';
import type { Served } from './http';
import { api, rawUpload, transferFiles, upload, useWebHost } from './http';

const MB = 1024 * 1024;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const served = useWebHost();

function firstSheet(s: Served): string {
  return (
    s.services.ctx.db
      .prepare("SELECT id FROM score_sheets WHERE status = 'draft' ORDER BY id LIMIT 1")
      .get() as { id: string }
  ).id;
}

function demoCampaign(s: Served): string {
  return (s.services.ctx.db.prepare('SELECT id FROM campaigns').get() as { id: string }).id;
}

/** The message the page shows for an error, in both languages, as the renderer builds it. */
function translated(details: Record<string, string | number>): string[] {
  const i18n = createMainI18n();
  return (['zh-CN', 'en'] as const).map((language) => {
    const t = i18n.getFixedT(language);
    return String(
      t('errors.FILE_TOO_LARGE', {
        ...details,
        kindName: t(`files.kinds.${String(details.kind)}`),
      }),
    );
  });
}

/** A branch list of 300 rows that is over 60 MB: pictures pasted into the workbook. */
async function listWithPictures(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(['乡镇', '村(社区)名称', '类型']);
  for (let i = 0; i < 300; i += 1) ws.addRow([`云溪镇${i % 10}`, `石门村${i}`, '村']);
  const picture = wb.addImage({ buffer: randomBytes(61 * MB) as never, extension: 'png' });
  ws.addImage(picture, { tl: { col: 4, row: 1 }, ext: { width: 200, height: 120 } });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe(
  'files through the web host (streamed uploads, one-time downloads)',
  { timeout: 120_000 },
  () => {
    it('takes a 30 MB evidence file as a streamed upload, stores it and streams it back', async () => {
      const s = served();
      const bytes = Buffer.concat([png(), randomBytes(30 * MB)]);
      const sent = await upload(s, 'evidence', '扫描件.png', bytes);
      expect(sent.status).toBe(200);
      expect(sent.body.data).toMatchObject({ fileName: '扫描件.png', size: bytes.length });
      const added = await api<Result<EvidenceFileView>>(s, 'evidence.add', {
        sheetId: firstSheet(s),
        itemCode: null,
        fileId: sent.body.data!.id,
      });
      if (!added.ok) throw new Error(added.error.message);
      expect(added.data).toMatchObject({ sizeBytes: bytes.length, sha256: sha(bytes) });
      // Stored: the upload's temporary copy is gone.
      expect(transferFiles(s)).toEqual([]);

      const link = await api<Result<EvidenceLink>>(s, 'evidence.get', { id: added.data.id });
      if (!link.ok) throw new Error(link.error.message);
      const back = await fetch(`${s.base}${fileLink(link.data, 'inline')}`, {
        headers: { Cookie: s.cookie },
      });
      expect(back.status).toBe(200);
      expect(back.headers.get('content-type')).toBe('image/png');
      expect(sha(Buffer.from(await back.arrayBuffer()))).toBe(sha(bytes));
    });

    it('takes a 60 MB branch list, reads it in a worker and imports it', async () => {
      const s = served();
      const bytes = await listWithPictures();
      expect(bytes.length).toBeGreaterThan(60 * MB);
      const sent = await upload(s, 'import', '青山县名册.xlsx', bytes);
      expect(sent.status).toBe(200);
      const fileId = sent.body.data!.id;
      const campaignId = demoCampaign(s);
      const preview = await api<Result<BranchImportPreview>>(s, 'branchImport.preview', {
        campaignId,
        fileId,
      });
      if (!preview.ok) throw new Error(preview.error.message);
      expect(preview.data.fileProblems).toEqual([]);
      expect(preview.data.counts).toMatchObject({ new: 300, error: 0, newTownships: 10 });
      const applied = await api<Result<BranchImportResult>>(s, 'branchImport.apply', {
        campaignId,
        fileId,
        mapping: preview.data.mapping,
        onExisting: 'update',
        skipInvalid: false,
      });
      if (!applied.ok) throw new Error(applied.error.message);
      expect(applied.data).toMatchObject({ created: 300, townshipsCreated: 10 });
      // Imported: the file is let go, and its id works no more.
      expect(transferFiles(s)).toEqual([]);
      const again = await api<Result<unknown>>(s, 'branchImport.preview', { campaignId, fileId });
      expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('refuses one byte over each kind’s limit before reading, naming the limit', async () => {
      const s = served();
      for (const kind of ['evidence', 'import', 'backup', 'package'] as const) {
        const limit = FILE_KINDS[kind].maxBytes;
        const answer = await rawUpload(
          s,
          kind,
          { 'Content-Length': String(limit + 1) },
          (write, end) => {
            write(Buffer.alloc(1024));
            end();
          },
        );
        if (answer === 'aborted') throw new Error('the host hung up without answering');
        expect(answer.status).toBe(413);
        const body = JSON.parse(answer.body) as Result<never>;
        if (body.ok) throw new Error('accepted');
        expect(body.error.code).toBe('FILE_TOO_LARGE');
        expect(body.error.details).toMatchObject({ kind, limitMb: limit / MB, fileName: 'x.bin' });
        for (const text of translated(body.error.details!)) {
          expect(text).toContain(`${limit / MB} MB`);
          expect(text).toContain('x.bin');
        }
      }
      expect(transferFiles(s)).toEqual([]);
    });

    it('refuses an upload that streams one byte past the limit, keeping none of it', async () => {
      const s = served();
      for (const kind of ['evidence', 'import'] as const) {
        const limit = FILE_KINDS[kind].maxBytes;
        const answer = await rawUpload(
          s,
          kind,
          { 'Transfer-Encoding': 'chunked' },
          (write, end) => {
            const chunk = Buffer.alloc(4 * MB);
            for (let sent = 0; sent < limit; sent += chunk.length) write(chunk);
            write(Buffer.alloc(1)); // 100 % of the limit in whole chunks, then one byte more
            end();
          },
        );
        if (answer === 'aborted') throw new Error('the host hung up without answering');
        expect(answer.status).toBe(413);
        expect(JSON.parse(answer.body)).toMatchObject({
          ok: false,
          error: { code: 'FILE_TOO_LARGE', details: { limitMb: limit / MB } },
        });
        expect(transferFiles(s)).toEqual([]);
      }
      // Exactly the limit is fine.
      const exact = await upload(
        s,
        'evidence',
        'edge.png',
        Buffer.alloc(FILE_KINDS.evidence.maxBytes),
      );
      expect(exact.status).toBe(200);
    });

    it('leaves no temporary file when an upload is cut off halfway', async () => {
      const s = served();
      const answer = await rawUpload(
        s,
        'import',
        { 'Content-Length': String(20 * MB) },
        (write, _end, abort) => {
          write(Buffer.alloc(5 * MB));
          setTimeout(abort, 200);
        },
      );
      expect(answer).toBe('aborted');
      await expect.poll(() => transferFiles(s), { timeout: 10_000 }).toEqual([]);
      expect(s.services.ctx.files.inbox.size).toBe(0);
    });

    it('refuses uploads without the token, from another site, or of an unknown kind', async () => {
      const s = served();
      const bare = await fetch(`${s.base}/__xingping/upload?kind=import&name=a.csv`, {
        method: 'POST',
        body: 'x',
      });
      expect(bare.status).toBe(401);
      const foreign = await fetch(`${s.base}/__xingping/upload?kind=import&name=a.csv`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${s.host.token}`, Origin: 'http://evil.example' },
        body: 'x',
      });
      expect(foreign.status).toBe(403);
      for (const query of ['kind=secrets&name=a.csv', 'kind=import&name=', 'kind=import']) {
        const odd = await fetch(`${s.base}/__xingping/upload?${query}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${s.host.token}` },
          body: 'x',
        });
        expect(odd.status).toBe(400);
      }
      expect(transferFiles(s)).toEqual([]);
    });

    it('serves a built export once, to the page only, under its UTF-8 name', async () => {
      const s = served();
      const campaignId = demoCampaign(s);
      const options = await api<Result<unknown>>(s, 'exports.options', { campaignId });
      if (!options.ok) throw new Error(options.error.message);
      const built = await api<Result<OutgoingFile>>(s, 'exports.build', {
        campaignId,
        options: options.data,
      });
      if (!built.ok) throw new Error(built.error.message);
      const url = `${s.base}${fileLink(built.data, 'download')}`;
      // Without the session (another page, a guessed link): refused, and the link is kept.
      expect((await fetch(url)).status).toBe(401);
      const first = await fetch(url, { headers: { Cookie: s.cookie } });
      expect(first.status).toBe(200);
      const disposition = first.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(built.data.fileName);
      const bytes = Buffer.from(await first.arrayBuffer());
      expect(bytes.length).toBe(built.data.size);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      expect(wb.worksheets.length).toBeGreaterThan(0);
      // Once: the second request finds nothing, and nothing is left on disk.
      expect((await fetch(url, { headers: { Cookie: s.cookie } })).status).toBe(404);
      expect(transferFiles(s)).toEqual([]);
    });

    it('streams a job’s progress to the page as Server-Sent Events', async () => {
      const s = served();
      const events: { name: string; data: { jobId: string; phase: string } }[] = [];
      const stream = await fetch(`${s.base}/__xingping/events`, { headers: { Cookie: s.cookie } });
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      const reader: ReadableStreamDefaultReader<Uint8Array> = stream.body!.getReader();
      const reading = (async () => {
        const decoder = new TextDecoder();
        let buffered = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffered += decoder.decode(value, { stream: true });
          // One event per blank-line-separated block: `event: <name>` then `data: <json>`.
          let end;
          while ((end = buffered.indexOf('\n\n')) >= 0) {
            const block = buffered.slice(0, end).split('\n');
            buffered = buffered.slice(end + 2);
            const name = block.find((l) => l.startsWith('event: '))?.slice(7);
            const data = block.find((l) => l.startsWith('data: '))?.slice(6);
            if (name && data) events.push({ name, data: JSON.parse(data) as never });
          }
        }
      })().catch(() => undefined);
      try {
        const sent = await upload(s, 'import', 'a.csv', Buffer.from('乡镇,村名\n云溪镇,石门村\n'));
        const jobId = '00000000-0000-4000-8000-00000000abcd';
        const preview = await api<Result<BranchImportPreview>>(s, 'branchImport.preview', {
          campaignId: demoCampaign(s),
          fileId: sent.body.data!.id,
          jobId,
        });
        expect(preview.ok).toBe(true);
        const phases = () => events.filter((e) => e.data.jobId === jobId).map((e) => e.data.phase);
        // Events travel on their own connection: they may arrive after the call's answer.
        await expect.poll(phases, { timeout: 30_000 }).toContain('check');
        expect(phases().slice(0, 2)).toEqual(['queued', 'read']);
        expect(new Set(events.map((e) => e.name))).toEqual(new Set(['job.progress']));
      } finally {
        await reader.cancel();
        await reading;
      }
      // Without the session there is no stream.
      expect((await fetch(`${s.base}/__xingping/events`)).status).toBe(401);
    });

    it('keeps plain calls small: the largest legal grid paste fits, a file in JSON does not', async () => {
      const s = served();
      const cells = Array.from({ length: 20_000 }, (_, i) => ({
        branchId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        item: 'S1.1.1.9999999',
        value: { points: 99999, reason: null },
      }));
      const body = JSON.stringify({
        roundId: firstSheet(s),
        evaluatorId: null,
        cells,
        versions: {},
      });
      const response = await fetch(`${s.base}/api/grid.save`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${s.host.token}` },
        body,
      });
      expect(response.status).toBe(200); // the registry answers (refusing the made-up cells)
      const file = JSON.stringify({ contentBase64: randomBytes(4 * MB).toString('base64') });
      const big = await fetch(`${s.base}/api/campaigns.list`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${s.host.token}` },
        body: file,
      });
      expect(big.status).toBe(413);
      expect(count(s.services, 'evidence_files')).toBe(0);
    });
  },
);
