import { describe, expect, it } from 'vitest';
import { ACCEPTED } from '../../../electron/services/evidence/allow-list';
import { sniffEvidence } from '../../../electron/services/evidence/sniff';
import { FILE_KINDS } from '../../../shared/domain/views/files';
import { docx, png, xlsx, zip } from './files';

const ascii = (text: string) => Buffer.from(text, 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

const TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]);
const GIF = ascii('GIF89a\x01\x00\x01\x00\x80\x00\x00');
const WEBP = ascii('RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00');
/** The first box of an iPhone photo: size, `ftyp`, brand `heic`, version, compatible brands. */
const HEIC = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  ascii('ftypheic\x00\x00\x00\x00mif1heic'),
]);
const PDF = ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n');
const PPTX = zip({ '[Content_Types].xml': TYPES, 'ppt/presentation.xml': '<p:presentation/>' });
/** An OLE compound file header, as .doc/.xls/.ppt and password-protected Office files start. */
const CFB = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(504),
]);
const GBK_TEXT = Buffer.from([0xbb, 0xe1, 0xd2, 0xe9, 0xbc, 0xcd, 0xd2, 0xaa, 0x0d, 0x0a]); // 会议纪要

describe('the evidence allow-list: extension and content must agree', () => {
  it.each([
    ['现场照片.png', png(), 'image/png'],
    ['scan.jpg', JPEG, 'image/jpeg'],
    ['scan.JPEG', JPEG, 'image/jpeg'],
    ['动图.gif', GIF, 'image/gif'],
    ['a.webp', WEBP, 'image/webp'],
    ['IMG_0001.HEIC', HEIC, 'image/heic'],
    ['IMG_0002.heif', HEIC, 'image/heic'],
    ['会议记录.pdf', PDF, 'application/pdf'],
    ['notes.txt', utf8('会议纪要\r\n\t出席 12 人\n'), 'text/plain'],
    ['bom.txt', utf8('\ufeff会议纪要\n'), 'text/plain'],
    // GB18030 as saved by Notepad on Chinese Windows.
    ['gbk.txt', GBK_TEXT, 'text/plain'],
    [
      '汇报.docx',
      docx(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      '汇报.pptx',
      PPTX,
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    // Phones and WeChat save PNG and WebP pictures as .jpg: a photo is a photo.
    ['微信图片.jpg', png(), 'image/png'],
    ['微信图片_2.jpg', WEBP, 'image/webp'],
  ])('accepts %s as %s', (name, bytes, mime) => {
    expect(sniffEvidence(name, bytes)).toEqual({ ok: true, mime });
  });

  it('accepts a real workbook written by exceljs', async () => {
    expect(sniffEvidence('scores.xlsx', await xlsx())).toEqual({
      ok: true,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  it.each([
    ['setup.exe', ascii('MZ\x90\x00\x03\x00\x00\x00')],
    ['photo.png', ascii('MZ\x90\x00\x03\x00\x00\x00')],
    ['report.pdf', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
    ['run.txt', ascii('#!/bin/sh\nrm -rf ~\n')],
    ['start.bat', ascii('@echo off\r\ndel *.*\r\n')],
    ['start.cmd', ascii('del *.*\r\n')],
    ['clean.ps1', ascii('Remove-Item -Recurse C:\\\n')],
    ['a.vbs', ascii('CreateObject("WScript.Shell").Run "calc"\n')],
    ['invoice.pdf.js', ascii('WScript.Echo(1)')],
    ['photo.png.exe', png()],
    ['照片.lnk', Buffer.concat([ascii('L\0\0\0'), Buffer.from([1, 0x14, 2, 0])])],
    ['照片.png', Buffer.concat([ascii('L\0\0\0'), Buffer.from([1, 0x14, 2, 0])])],
    ['update.scf', ascii('[Shell]\r\nCommand=2\r\nIconFile=\\\\evil\\share\\icon.ico\r\n')],
  ])('refuses %s as a program or script', (name, bytes) => {
    expect(sniffEvidence(name, bytes)).toEqual({ ok: false, problem: 'executable' });
  });

  it.each([
    ['会议通知.url', ascii('[InternetShortcut]\r\nURL=file://evil/share\r\n')],
    ['notes.txt', ascii('[InternetShortcut]\r\nURL=https://evil.example/\r\n')],
    ['app.desktop', ascii('[Desktop Entry]\nType=Application\nExec=sh -c id\n')],
    ['data.iqy', ascii('WEB\r\n1\r\nhttps://evil.example/q\r\n')],
    ['sheet.slk', ascii('ID;P\r\nC;X1;Y1;EMSG(CALC)\r\n')],
    ['page.html', ascii('<!DOCTYPE html><script>alert(1)</script>')],
    ['page.htm', ascii('<html><body>x</body></html>')],
    ['logo.svg', ascii('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')],
    ['readme.txt', ascii('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>')],
    ['app.hta', ascii('<html><hta:application/></html>')],
  ])('refuses %s as active content (web page, link, shortcut)', (name, bytes) => {
    const verdict = sniffEvidence(name, bytes);
    // .hta is a program to Windows; either refusal names the file as something that runs.
    expect(verdict.ok).toBe(false);
    expect(['active-content', 'executable']).toContain(!verdict.ok && verdict.problem);
  });

  it.each([
    ['a.docx', docx({ 'word/vbaProject.bin': 'x' })],
    ['a.docx', docx({ 'word/activeX/activeX1.bin': 'x' })],
    ['a.docm', docx()],
    ['a.xlsm', docx()],
    ['a.pptm', PPTX],
  ])('refuses %s as a macro document', (name, bytes) => {
    expect(sniffEvidence(name, bytes)).toEqual({ ok: false, problem: 'macro' });
  });

  it.each([
    ['old.doc', CFB],
    ['old.xls', CFB],
    ['old.ppt', CFB],
    // A password-protected .docx is an OLE container holding the EncryptedPackage stream.
    ['secret.docx', CFB],
    ['wps.wps', CFB],
  ])('refuses %s as an old or encrypted Office file', (name, bytes) => {
    expect(sniffEvidence(name, bytes)).toEqual({ ok: false, problem: 'legacy-office' });
  });

  it.each([
    ['archive.zip', zip({ 'a.txt': 'hello' })],
    ['video.mp4', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), ascii('ftypmp42')])],
    ['random.dat', Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe])],
    ['README', utf8('no extension at all\n')],
    ['data.csv', utf8('a,b\n1,2\n')],
  ])('refuses %s as a type not on the list', (name, bytes) => {
    expect(sniffEvidence(name, bytes)).toEqual({ ok: false, problem: 'unsupported-type' });
  });

  it.each([
    ['photo.png', PDF, 'pdf'],
    ['minutes.pdf', png(), 'png'],
    [
      'report.docx',
      zip({ '[Content_Types].xml': TYPES, 'xl/workbook.xml': '<workbook/>' }),
      'xlsx',
    ],
    ['scores.xlsx', docx(), 'docx'],
    ['report.docx', zip({ 'a.txt': 'hello' }), 'zip'],
    ['broken.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
    ['notes.txt', png(), 'png'],
    ['photo.jpg', utf8('just text\n'), 'text'],
    ['binary.txt', Buffer.from([0x41, 0x00, 0x42, 0x01])],
  ])('refuses %s whose content is not what its name says', (name, bytes, found = 'unknown') => {
    expect(sniffEvidence(name, bytes)).toEqual({ ok: false, problem: 'mismatch', found });
  });

  it.each([
    ['unicode.txt', Buffer.from('\ufeff会议纪要', 'utf16le')],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from([0x4f, 0x1a])])],
    // 0x80 alone and 0xFF are valid in neither UTF-8 nor GB18030.
    ['mixed.txt', Buffer.from([0x41, 0x80, 0x42, 0xff, 0x0a])],
  ])('refuses %s as text in an encoding it cannot read', (name, bytes) => {
    expect(sniffEvidence(name, bytes)).toEqual({ ok: false, problem: 'text-encoding' });
  });

  it.each([
    ['report.pdf.', PDF],
    ['report.pdf ', PDF],
    ['photo.exe. ', png()],
    ['photo\u202egnp.pdf', PDF],
    ['a\nb.pdf', PDF],
  ])('refuses the deceptive name %j', (name, bytes) => {
    expect(sniffEvidence(name, bytes)).toEqual({ ok: false, problem: 'bad-name' });
  });

  it('offers in the file dialogs exactly the extensions it accepts', () => {
    expect([...FILE_KINDS.evidence.extensions].sort()).toEqual(Object.keys(ACCEPTED).sort());
  });
});
