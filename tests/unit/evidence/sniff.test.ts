import { describe, expect, it } from 'vitest';
import { sniffEvidence } from '../../../electron/services/evidence/sniff';
import { docx, png, xlsx, zip } from './files';

const ascii = (text: string) => Buffer.from(text, 'latin1');

describe('recognising evidence files by their first bytes', () => {
  it.each([
    ['photo.png', png(), 'image/png'],
    ['scan.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'image/jpeg'],
    ['a.gif', ascii('GIF89a\x01\x00\x01\x00'), 'image/gif'],
    ['a.webp', ascii('RIFF\x24\x00\x00\x00WEBPVP8 '), 'image/webp'],
    ['minutes.pdf', ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), 'application/pdf'],
    ['notes.txt', Buffer.from('会议纪要\r\n\t出席 12 人\n', 'utf8'), 'text/plain'],
    // GB18030 as saved by Notepad on Chinese Windows: 会议 = BB E1 D2 E9.
    ['gbk.txt', Buffer.from([0xbb, 0xe1, 0xd2, 0xe9, 0x0d, 0x0a]), 'text/plain'],
    [
      'report.docx',
      docx(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  ])('%s is %s', (name, bytes, mime) => {
    expect(sniffEvidence(name, bytes)).toEqual({ ok: true, mime });
  });

  it('recognises a real workbook written by exceljs', async () => {
    expect(sniffEvidence('scores.xlsx', await xlsx())).toEqual({
      ok: true,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  it('goes by the bytes, not the name: a PNG called .pdf is a PNG', () => {
    expect(sniffEvidence('minutes.pdf', png())).toEqual({ ok: true, mime: 'image/png' });
  });

  it.each([
    ['setup.exe', ascii('MZ\x90\x00\x03\x00\x00\x00')],
    ['photo.png', ascii('MZ\x90\x00\x03\x00\x00\x00')],
    ['tool', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
    ['run.txt', ascii('#!/bin/sh\nrm -rf ~\n')],
    ['start.bat', ascii('@echo off\r\ndel *.*\r\n')],
    ['invoice.pdf.js', ascii('WScript.Echo(1)')],
    ['photo.png.exe', png()],
  ])('refuses %s as a program', (name, bytes) => {
    expect(sniffEvidence(name, bytes)).toEqual({ ok: false, problem: 'executable' });
  });

  it('refuses macro-enabled documents', () => {
    expect(sniffEvidence('a.docx', docx({ 'word/vbaProject.bin': 'x' }))).toEqual({
      ok: false,
      problem: 'macro',
    });
  });

  it.each([
    ['archive.zip', zip({ 'a.txt': 'hello' })],
    ['old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['utf16.txt', Buffer.from('\ufeffhi', 'utf16le')],
    ['random.bin.dat', Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe])],
    ['broken.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ])('refuses %s as an unknown type', (name, bytes) => {
    expect(sniffEvidence(name, bytes)).toEqual({ ok: false, problem: 'unknown-type' });
  });
});
