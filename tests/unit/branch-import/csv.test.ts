import { describe, expect, it } from 'vitest';
import { payload, preview, useServices } from './support';

const { services, campaignId } = useServices();

/**
 * GBK bytes for the characters a test needs, found by decoding every two-byte GBK code with
 * the same decoder family Excel's output is read with; the table is built by the test, not
 * trusted from the code under test.
 */
function gbkTable(): Map<string, Buffer> {
  const table = new Map<string, Buffer>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const bytes = Buffer.from([lead, trail]);
      const ch = decoder.decode(bytes);
      if (ch.length === 1 && !table.has(ch)) table.set(ch, bytes);
    }
  return table;
}

function gbk(text: string): Buffer {
  const table = gbkTable();
  return Buffer.concat(
    [...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? Buffer.from(ch) : table.get(ch)!)),
  );
}

const LIST = '乡镇,村名,类型\r\n河东镇,红旗村,村\r\n,光明社区,社区\r\n合计,,\r\n';

describe('CSV files', () => {
  it('checks the GBK table against bytes known from the GBK code chart', () => {
    // 中 = D6 D0, 文 = CE C4 in GB2312/GBK.
    expect(gbk('中文')).toEqual(Buffer.from([0xd6, 0xd0, 0xce, 0xc4]));
  });

  for (const [label, bytes, encoding] of [
    ['UTF-8', Buffer.from(LIST, 'utf8'), 'utf-8'],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LIST)]),
      'utf-8',
    ],
    ['GBK as saved by Chinese Excel', gbk(LIST), 'gbk'],
  ] as const) {
    it(`reads ${label}`, async () => {
      const p = await preview(services(), {
        campaignId: campaignId(),
        file: payload('名单.csv', bytes),
      });
      expect(p.format).toBe('csv');
      expect(p.encoding).toBe(encoding);
      expect(p.sheet).toBe('名单');
      expect(p.suggested).toEqual({ township: 1, name: 2, type: 3 });
      expect(p.rows.map((r) => [r.status, r.township, r.name, r.branchType])).toEqual([
        ['new', '河东镇', '红旗村', 'rural'],
        ['new', '河东镇', '光明社区', 'community'],
        ['skipped', '合计', '', null],
      ]);
    });
  }

  it('handles quoted fields with commas, quotes and line breaks', async () => {
    const text = '"乡镇","村(社区)名称"\n河东镇,"红旗村,一组"\n河东镇,"光明""新""社区"\n';
    const p = await preview(services(), { campaignId: campaignId(), file: payload('q.csv', text) });
    expect(p.rows.map((r) => r.name)).toEqual(['红旗村,一组', '光明"新"社区']);
  });
});
