import { crc32 } from 'node:zlib';

/**
 * Some generators (.NET's OpenXML writers, some report tools) write SpreadsheetML with the main
 * namespace bound to a prefix: `<x:worksheet xmlns:x="…/main"><x:sheetData><x:row>`. That is
 * valid XML and Excel opens it, but exceljs matches element names literally and fails on it.
 * This rewrites such parts to the default namespace (`<worksheet xmlns="…/main">`) and packs the
 * workbook again (stored, uncompressed: it is read once, in memory, within the guard's limits).
 */
/** One entry of a checked zip, expanded. */
export interface ZipEntryBytes {
  name: string;
  data: Buffer;
}

export const SPREADSHEET_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const BINDING =
  /xmlns:([A-Za-z_][\w.-]*)="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/;

/** The prefix a part binds the main namespace to on its root element, or null. */
export function mainPrefix(name: string, xml: Buffer): string | null {
  if (!/^xl\/[^/]+(\/[^/]+)?\.xml$/i.test(name)) return null;
  // The binding is on the root element, in the first few hundred bytes.
  const head = xml.toString('utf8', 0, Math.min(xml.length, 2048));
  return BINDING.exec(head)?.[1] ?? null;
}

function unprefixed(xml: string, prefix: string): string {
  const p = prefix.replace(/[.-]/g, (c) => `\\${c}`);
  return xml
    .replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1')
    .replace(
      new RegExp(`xmlns:${p}="${SPREADSHEET_MAIN.replace(/[./]/g, (c) => `\\${c}`)}"`),
      `xmlns="${SPREADSHEET_MAIN}"`,
    );
}

/** A stored (method 0) zip of these entries, in order. */
export function storedZip(entries: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The workbook with every prefixed SpreadsheetML part in the default namespace. */
export function withDefaultNamespace(entries: readonly ZipEntryBytes[]): Buffer {
  return storedZip(
    entries.map(({ name, data }) => {
      const prefix = mainPrefix(name, data);
      return prefix === null
        ? { name, data }
        : { name, data: Buffer.from(unprefixed(data.toString('utf8'), prefix), 'utf8') };
    }),
  );
}
