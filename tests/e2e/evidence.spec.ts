import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { RubricDefinition } from '../../shared/domain/rubric';
import { queryDb } from './db';
import { chooseFiles } from './files';
import { expect, test } from './fixtures';
import { addSelfRound } from './rounds';

/** A real PNG of size×size pixels in one colour, so the preview has something to show. */
function png(size: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3).fill(Buffer.from(rgb))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface Demo {
  campaignId: string;
  roundId: string;
  branchId: string;
  itemCode: string;
}

function demo(dbFile: string): Demo {
  const row = queryDb<{ id: string; round_id: string; definition: string }>(
    dbFile,
    `SELECT c.id, c.deciding_round_id AS round_id, v.definition
       FROM campaigns c JOIN rubric_versions v ON v.id = c.rubric_version_id WHERE c.is_demo = 1`,
  );
  const definition = JSON.parse(row.definition) as RubricDefinition;
  const branch = queryDb<{ branch_id: string }>(
    dbFile,
    'SELECT branch_id FROM campaign_branches WHERE campaign_id = ? ORDER BY branch_id LIMIT 1',
    row.id,
  );
  return {
    campaignId: row.id,
    roundId: row.round_id,
    branchId: branch.branch_id,
    itemCode: definition.dimensions[0]!.indicators[0]!.items[0]!.code,
  };
}

/** Screenshots for looking at the screens, only when asked for (EVIDENCE_SCREENSHOTS=dir). */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.EVIDENCE_SCREENSHOTS;
  if (!dir) return;
  // Drawers and modals slide in; a picture taken mid-animation shows nothing useful.
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${dir}/${name}.png` });
}

/** The branch's self-assessment, in a self round added to the demo (`d.roundId` is then that). */
async function openSheet(page: Page, url: string, d: Demo): Promise<void> {
  d.roundId = await addSelfRound(page, url, d.campaignId);
  const query = `round=${d.roundId}&branch=${d.branchId}&evaluator=self`;
  await page.goto(`${new URL(url).origin}/#/campaigns/${d.campaignId}/sheet?${query}`);
  await expect(page.getByTestId('score-sheet')).toBeVisible();
}

function evidenceRows(dbFile: string) {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT item_code, file_name, mime_type, size_bytes, sha256, removed_at, remove_reason,
                hex(content) AS hex
           FROM evidence_files ORDER BY created_at`,
      )
      .all() as {
      item_code: string | null;
      file_name: string;
      mime_type: string;
      size_bytes: number;
      sha256: string;
      removed_at: string | null;
      remove_reason: string | null;
      hex: string;
    }[];
  } finally {
    db.close();
  }
}

/**
 * Closes the preview and waits until it is gone (Escape belongs to the drawer only then). The
 * click is retried: on a busy machine antd can swallow one made during the entrance animation.
 */
async function closePreview(page: Page): Promise<void> {
  const preview = page.getByTestId('evidence-preview');
  await expect(async () => {
    if (await preview.isVisible()) {
      await page
        .locator('.ant-modal-footer')
        .getByRole('button', { name: '关闭' })
        .click({ timeout: 5000 });
    }
    await expect(preview).toBeHidden({ timeout: 5000 });
  }).toPass({ timeout: 60_000 });
}

test('a photo attached to an item is counted, previewed, refused twice and removed with a reason', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  const photo = png(48, [196, 29, 29]);
  await openSheet(page, app.url, d);

  const clip = page.getByTestId(`evidence-${d.itemCode}`);
  await clip.click();
  const drawer = page.getByTestId('evidence-drawer');
  await expect(drawer).toContainText('还没有证明材料');
  await chooseFiles(page, drawer.getByTestId('evidence-choose'), {
    name: '现场照片.png',
    mimeType: 'image/png',
    buffer: photo,
  });
  const row = drawer.locator('tr', { hasText: '现场照片.png' });
  await expect(row).toBeVisible();
  const sha = createHash('sha256').update(photo).digest('hex');
  await expect(row).toContainText(sha.slice(0, 12));
  await expect(page.getByTestId(`evidence-${d.itemCode}-count`)).toContainText('1');
  await expect(page.getByTestId('evidence-sheet-count')).toContainText('1');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await shot(page, 'item-badge');
  await clip.click();

  await row.getByTestId('evidence-view').click();
  const image = page.getByTestId('evidence-preview-image');
  await expect(image).toBeVisible();
  // Decoded for real: a CSP refusal or broken data would leave naturalWidth at 0.
  expect(
    await image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
  ).toBe(48);
  await shot(page, 'preview');
  await closePreview(page);
  await expect(image).toBeHidden();

  // The same bytes under another name: refused, naming the file already there.
  await chooseFiles(page, drawer.getByTestId('evidence-choose'), {
    name: '又一张.png',
    mimeType: 'image/png',
    buffer: photo,
  });
  await expect(drawer.getByTestId('evidence-problem')).toContainText('现场照片.png');
  // A program is refused with its name.
  await chooseFiles(page, drawer.getByTestId('evidence-choose'), {
    name: 'setup.exe',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00'),
  });
  await expect(drawer.getByTestId('evidence-problem')).toContainText('setup.exe');
  expect(evidenceRows(app.dbFile)).toHaveLength(1);

  await row.getByTestId('evidence-remove').click();
  const removeButton = page.locator('.ant-modal-footer').getByRole('button', { name: '移除' });
  await expect(removeButton).toBeDisabled();
  await page.getByTestId('evidence-remove-reason').fill('传错了照片');
  await removeButton.click();
  await expect(row).toContainText('已移除');
  await expect(row).toContainText('传错了照片');
  await shot(page, 'removed');
  await expect(page.getByTestId(`evidence-${d.itemCode}-count`)).not.toContainText('1');

  const stored = evidenceRows(app.dbFile);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    item_code: d.itemCode,
    file_name: '现场照片.png',
    mime_type: 'image/png',
    size_bytes: photo.length,
    sha256: sha,
    remove_reason: '传错了照片',
    hex: photo.toString('hex').toUpperCase(),
  });
  expect(stored[0]!.removed_at).not.toBeNull();
  const audit = queryDb<{ actions: string }>(
    app.dbFile,
    `SELECT group_concat(action) AS actions FROM audit_log WHERE action LIKE 'evidence-%'`,
  );
  expect(audit.actions).toBe('evidence-add,evidence-remove');

  // The branch's audit trail names both actions and the file.
  await page.keyboard.press('Escape');
  await page.getByTestId('open-audit').click();
  const trail = page.getByTestId('audit-drawer');
  await expect(trail.getByRole('cell', { name: '添加证明材料', exact: true })).toBeVisible();
  await expect(trail.getByRole('cell', { name: '移除证明材料', exact: true })).toBeVisible();
  await expect(trail.getByRole('cell', { name: '传错了照片' })).toBeVisible();
  await expect(trail).toContainText('现场照片.png');
});

test('the sheet-level evidence lists every file and reads in English', async ({ page, app }) => {
  const d = demo(app.dbFile);
  await openSheet(page, app.url, d);
  await page.getByTestId('evidence-sheet').click();
  const drawer = page.getByTestId('evidence-drawer');
  await chooseFiles(page, drawer.getByTestId('evidence-choose'), [
    {
      name: '会议纪要.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('三会一课记录\n出席 12 人\n'),
    },
    { name: '照片.png', mimeType: 'image/png', buffer: png(32, [20, 120, 60]) },
  ]);
  await expect(drawer.locator('tr', { hasText: '会议纪要.txt' })).toContainText('整张评分表');
  await expect(drawer.locator('tr', { hasText: '照片.png' })).toBeVisible();
  await expect(page.getByTestId('evidence-sheet-count')).toContainText('2');
  await drawer.locator('tr', { hasText: '会议纪要.txt' }).getByTestId('evidence-view').click();
  await expect(page.getByTestId('evidence-preview')).toContainText('出席 12 人');
  await closePreview(page);
  await shot(page, 'sheet-zh');
  // Where focus lands after the preview closes varies, so the drawer is closed by its button.
  await page.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();

  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByTestId('evidence-sheet').click();
  await expect(drawer).toContainText('Evidence (whole sheet)');
  await expect(drawer).toContainText('Whole sheet');
  await shot(page, 'sheet-en');
});

test('a submitted sheet shows its evidence read-only', async ({ page, app }) => {
  const sheet = queryDb<{ round_id: string; branch_id: string; evaluator_id: string | null }>(
    app.dbFile,
    `SELECT s.round_id, s.branch_id, s.evaluator_id FROM score_sheets s
       JOIN rounds r ON r.id = s.round_id JOIN campaigns c ON c.id = r.campaign_id
      WHERE c.is_demo = 1 AND s.status = 'submitted' ORDER BY s.id LIMIT 1`,
  );
  const d = demo(app.dbFile);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  const query = `round=${sheet.round_id}&branch=${sheet.branch_id}&evaluator=${sheet.evaluator_id ?? 'self'}`;
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${d.campaignId}/sheet?${query}`);
  await expect(page.getByTestId('sheet-status')).toHaveText('已提交');
  await page.getByTestId(`evidence-${d.itemCode}`).click();
  const drawer = page.getByTestId('evidence-drawer');
  await expect(drawer).toContainText('评分表已提交并锁定');
  await expect(drawer.getByTestId('evidence-choose')).toBeDisabled();
  await shot(page, 'locked');
});

/** A real one-page PDF (a filled rectangle), offsets computed, as a viewer expects them. */
function pdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
  ];
  const content = '0.8 0.1 0.1 rg 20 20 160 160 re f';
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

test('a PDF is shown in the drawer from a one-time link, never as bytes in JSON', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  await openSheet(page, app.url, d);
  await page.getByTestId('evidence-sheet').click();
  const drawer = page.getByTestId('evidence-drawer');
  await chooseFiles(page, drawer.getByTestId('evidence-choose'), {
    name: '会议记录.pdf',
    mimeType: 'application/pdf',
    buffer: pdf(),
  });
  const row = drawer.locator('tr', { hasText: '会议记录.pdf' });
  await expect(row).toBeVisible();
  const answers: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/')) answers.push(response.url());
  });
  const fileResponse = page.waitForResponse((r) => r.url().includes('/__xingping/files/'));
  await row.getByTestId('evidence-view').click();
  const frame = page.getByTestId('evidence-preview-pdf');
  await expect(frame).toBeVisible();
  const served = await fileResponse;
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('application/pdf');
  expect(served.headers()['content-disposition']).toContain("filename*=UTF-8''");
  // The link was used by the frame: asking again (same session) finds nothing.
  const again = await page.request.get(served.url());
  expect(again.status()).toBe(404);
  // The API answered with a link only (evidence.get), no file bytes.
  const link = answers.find((url) => url.endsWith('/api/evidence.get'));
  expect(link).toBeDefined();
  await closePreview(page);
});
