import { SaxesParser } from 'saxes';

/** Elements are named by their local name (any prefix dropped), in `open` and in `close`. */
export interface XmlHandlers {
  open?: (name: string, attr: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** The part is fed to the parser in 1 MB slices, the way a stream feeds it (saxes's usual use). */
const SLICE = 1 << 20;

/** Drops a namespace prefix: `x:row` and `row` are the same element to us (see unprefix.ts). */
export const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * One pass over an XML part with saxes, the SAX parser exceljs itself uses: no tree is built,
 * so a 10 MB sheet costs a few dozen MB, not the hundreds a document model would. Entities are
 * decoded by the parser; a DOCTYPE never reaches here (the zip guard refused it). Malformed XML
 * throws `PartProblem` naming the part, with saxes's words and position.
 */
export function xmlPass(part: string, xml: Buffer, on: XmlHandlers): void {
  const parser = new SaxesParser({ position: true });
  const { open, close, text } = on;
  if (open)
    parser.on('opentag', (tag) =>
      open(localName(tag.name), tag.attributes as Record<string, string>),
    );
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const source = xml.toString('utf8');
  try {
    for (let at = 0; at < source.length; at += SLICE) parser.write(source.slice(at, at + SLICE));
    parser.close();
  } catch (error) {
    // A handler's own stop passes through; the parser's complaint names the part.
    if (!(error instanceof Error) || error.constructor !== Error) throw error;
    throw new PartProblem(`${part}: ${error.message}`);
  }
}

/**
 * A part missing, not well-formed or naming what is not there: the workbook is damaged; the
 * message says where.
 */
export class PartProblem extends Error {}

/** An attribute whatever prefix binds its namespace (`r:id`, `ns1:id`). */
export function prefixedAttr(attr: Record<string, string>, local: string): string | undefined {
  for (const [key, value] of Object.entries(attr)) if (localName(key) === local) return value;
  return undefined;
}
