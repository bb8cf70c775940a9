import type { EvidenceMimeType } from '../../../shared/domain/views/evidence';

/**
 * What evidence may be, by name: each accepted extension and the content it must hold. The
 * content is sniffed separately (`content.ts`); a file is accepted only when both agree
 * (`sniff.ts`). docs/evidence.md says the same in words, and why.
 */
export type ContentKind =
  'png' | 'jpeg' | 'gif' | 'webp' | 'heic' | 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'text';

export const MIME_OF: Record<ContentKind, EvidenceMimeType> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  text: 'text/plain',
};

const IMAGES: readonly ContentKind[] = ['png', 'jpeg', 'gif', 'webp', 'heic'];

/**
 * Accepted extensions and the contents each may hold. Photo extensions accept any photo
 * content: phones and WeChat routinely save PNG or WebP pictures as “.jpg”, and every picture
 * is shown by the same image viewer, so nothing runs differently. Every other extension must
 * hold exactly its own format.
 */
export const ACCEPTED: Readonly<Record<string, readonly ContentKind[]>> = {
  png: IMAGES,
  jpg: IMAGES,
  jpeg: IMAGES,
  gif: IMAGES,
  webp: IMAGES,
  heic: IMAGES,
  heif: IMAGES,
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  txt: ['text'],
};

/** Programs and scripts: they run when opened (Windows, Linux, macOS). */
const PROGRAMS =
  'exe com scr pif msi msp mst cpl dll ocx sys drv bat cmd ps1 psm1 psd1 vb vbs vbe js jse mjs ' +
  'wsf wsh wsc ws hta jar class apk sh bash zsh csh ksh run bin app command elf out ' +
  'reg inf gadget msc scf lnk pl py pyw rb php';

/**
 * Files that open a web page, fetch from the network or run scripts through another program
 * when double-clicked: shortcuts and links (.url .desktop .webloc .website), web query and
 * symbolic link files Excel runs (.iqy .slk .dqy .rqy), web pages and SVG images (which may
 * hold scripts), help files and settings shortcuts.
 */
const ACTIVE =
  'url desktop webloc website iqy slk dqy rqy oqy html htm xhtml xht shtml mht mhtml svg svgz ' +
  'xml xsl xslt chm hlp settingcontent-ms library-ms search-ms searchconnector-ms appref-ms ' +
  'application xbap jnlp';

/** Office formats that carry macros by design. */
const MACRO = 'docm dotm xlsm xltm xlam xlsb pptm potm ppsm ppam sldm';

/** Old binary Office formats: macros hide inside them; save as .docx/.xlsx/.pptx instead. */
const LEGACY = 'doc dot xls xlt xla ppt pot pps wps et dps';

const set = (words: string) => new Set(words.split(' '));
export const PROGRAM_EXTENSIONS = set(PROGRAMS);
export const ACTIVE_EXTENSIONS = set(ACTIVE);
export const MACRO_EXTENSIONS = set(MACRO);
export const LEGACY_EXTENSIONS = set(LEGACY);

/** The extension after the last dot, lower-case ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * A name Windows would change or that hides its real ending: trailing dots or spaces (Windows
 * drops them, so “a.pdf.exe.” is saved as a program), control characters, and the bidirectional
 * controls that show “photo‮gnp.exe” as “photoexe.png”.
 */
export function isDeceptiveName(fileName: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[. ]$/.test(fileName) || /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(fileName);
}
