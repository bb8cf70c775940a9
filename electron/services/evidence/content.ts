import type { ContentKind } from './allow-list';
import { zipEntryNames } from './zip-names';

/**
 * What a file's bytes are, from their first bytes (and a zip's directory), never from its name.
 * Besides the accepted kinds, what matters for a refusal: a program, a macro document, an old
 * binary Office file, a zip that is no Office document, text that is not UTF-8 or GB18030.
 */
export type Content =
  ContentKind | 'program' | 'macro' | 'legacy-office' | 'active' | 'zip' | 'bad-text' | 'unknown';

function startsWith(buf: Buffer, bytes: readonly number[], at = 0): boolean {
  if (buf.length < at + bytes.length) return false;
  return bytes.every((b, i) => buf[at + i] === b);
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

function isProgram(buf: Buffer): boolean {
  return (
    startsWith(buf, ascii('MZ')) || // Windows PE / DOS
    startsWith(buf, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
    startsWith(buf, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(buf, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(buf, [0xce, 0xfa, 0xed, 0xfe]) ||
    startsWith(buf, [0xcf, 0xfa, 0xed, 0xfe]) || // Mach-O
    startsWith(buf, [0xca, 0xfe, 0xba, 0xbe]) || // Mach-O universal / Java class
    startsWith(buf, ascii('#!')) || // scripts with an interpreter line
    startsWith(buf, ascii('L\0\0\0')) // Windows shortcut (.lnk)
  );
}

/** HEIF/HEIC photos (iPhones): an ISO box `ftyp` with a HEIF brand. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

function isHeic(buf: Buffer): boolean {
  return startsWith(buf, ascii('ftyp'), 4) && HEIF_BRANDS.has(buf.toString('latin1', 8, 12));
}

/** Markup that a browser or Office would run or fetch from, whatever the name says. */
function isActiveText(head: string): boolean {
  return /^\s*(<\?xml|<!doctype\s+html|<html|<svg|<script|\[internetshortcut\]|\[\{000214a0|\[\.shellclassinfo\]|\[desktop entry\]|id;p|web\r?\n)/i.test(
    head,
  );
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/**
 * Plain text: valid UTF-8 (a BOM allowed), else valid GB18030 (what Notepad on Chinese
 * Windows saves), with no control characters but tab, line breaks and form feed.
 */
function textContent(buf: Buffer): Content {
  for (const encoding of ['utf-8', 'gb18030']) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(buf);
    } catch {
      continue;
    }
    if (CONTROL.test(text)) return 'unknown';
    return isActiveText(text.slice(0, 256)) ? 'active' : 'text';
  }
  return 'bad-text';
}

function zipContent(buf: Buffer): Content {
  const names = zipEntryNames(buf);
  if (!names) return 'unknown';
  if (!names.includes('[Content_Types].xml')) return 'zip';
  const lower = names.map((n) => n.toLowerCase());
  // Macro-enabled documents carry their code in vbaProject.bin; ActiveX controls run code too.
  if (lower.some((n) => n.endsWith('vbaproject.bin') || n.includes('/activex/'))) return 'macro';
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  if (names.includes('ppt/presentation.xml')) return 'pptx';
  return 'zip';
}

/** Binary bytes that no text file holds: NUL or other control bytes early on. */
function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 4096);
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(head.toString('latin1'));
}

export function sniffContent(buf: Buffer): Content {
  if (isProgram(buf)) return 'program';
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(buf, ascii('GIF87a')) || startsWith(buf, ascii('GIF89a'))) return 'gif';
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) return 'webp';
  if (isHeic(buf)) return 'heic';
  if (startsWith(buf, ascii('%PDF-'))) return 'pdf';
  // Compound File (OLE): .doc, .xls, .ppt and encrypted Office files.
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'legacy-office';
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return zipContent(buf);
  // UTF-16 (“Unicode” in Notepad's save dialog): text, but not in an encoding we take.
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) return 'bad-text';
  if (looksBinary(buf)) return 'unknown';
  return textContent(buf);
}
