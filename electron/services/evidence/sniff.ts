import type { EvidenceMimeType } from '../../../shared/domain/views/evidence';
import { zipEntryNames } from './zip-names';

/**
 * What a file is, decided by its first bytes, never by its name: a renamed program must not
 * slip in as a "photo". The name only adds refusals (a .bat is plain text but still a program).
 */
export type Sniffed =
  | { ok: true; mime: EvidenceMimeType }
  | { ok: false; problem: 'executable' | 'macro' | 'unknown-type' };

/** Names that run when opened on Windows or Linux, whatever their bytes look like. */
const RUNNABLE = new Set(
  'exe com scr pif msi msp cpl dll sys bat cmd ps1 psm1 vbs vbe js jse wsf wsh hta jar apk sh bash run bin app lnk reg inf gadget msc'.split(
    ' ',
  ),
);

function startsWith(buf: Buffer, bytes: readonly number[], at = 0): boolean {
  if (buf.length < at + bytes.length) return false;
  return bytes.every((b, i) => buf[at + i] === b);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function isExecutableBytes(buf: Buffer): boolean {
  return (
    startsWith(buf, ascii('MZ')) || // Windows PE / DOS
    startsWith(buf, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
    startsWith(buf, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(buf, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(buf, [0xce, 0xfa, 0xed, 0xfe]) ||
    startsWith(buf, [0xcf, 0xfa, 0xed, 0xfe]) || // Mach-O
    startsWith(buf, [0xca, 0xfe, 0xba, 0xbe]) || // Mach-O universal / Java class
    startsWith(buf, ascii('#!')) // scripts with an interpreter line
  );
}

/**
 * Text in UTF-8 or GB18030 (what Chinese Windows saves by default): no NUL and no control
 * bytes other than tab, line breaks and form feed. Binary formats nearly always contain them.
 */
function isPlainText(buf: Buffer): boolean {
  for (const byte of buf) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      return false;
    }
    if (byte === 0x7f) return false;
  }
  return true;
}

function officeType(buf: Buffer): Sniffed {
  const names = zipEntryNames(buf);
  if (!names || !names.includes('[Content_Types].xml'))
    return { ok: false, problem: 'unknown-type' };
  // Macro-enabled documents (.docm/.xlsm) carry their code in vbaProject.bin.
  if (names.some((n) => n.toLowerCase().endsWith('vbaproject.bin'))) {
    return { ok: false, problem: 'macro' };
  }
  if (names.includes('word/document.xml')) {
    return {
      ok: true,
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
  }
  if (names.includes('xl/workbook.xml')) {
    return { ok: true, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  }
  return { ok: false, problem: 'unknown-type' };
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function sniffEvidence(fileName: string, buf: Buffer): Sniffed {
  if (isExecutableBytes(buf) || RUNNABLE.has(extensionOf(fileName))) {
    return { ok: false, problem: 'executable' };
  }
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { ok: true, mime: 'image/png' };
  }
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { ok: true, mime: 'image/jpeg' };
  if (startsWith(buf, ascii('GIF87a')) || startsWith(buf, ascii('GIF89a'))) {
    return { ok: true, mime: 'image/gif' };
  }
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) {
    return { ok: true, mime: 'image/webp' };
  }
  if (startsWith(buf, ascii('%PDF-'))) return { ok: true, mime: 'application/pdf' };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return officeType(buf);
  if (isPlainText(buf)) return { ok: true, mime: 'text/plain' };
  return { ok: false, problem: 'unknown-type' };
}
