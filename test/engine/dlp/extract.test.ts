/** Message text extraction: HTML bodies, and attachments of each supported type. */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { extractMessageText, htmlToText, evaluatePolicies, createPolicyFromTemplate, scanText } from '../../../src/engine/dlp/index.ts';
import { scannableMessage } from '../../helpers/scannable-message.ts';

const CARD = '4012 8888 8888 1881 exp 08/27';
const msg = scannableMessage;

function docx(text: string): Uint8Array {
  const xml = `<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Visa</w:t></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p><w:p><w:r><w:t>Second &amp; last</w:t></w:r></w:p></w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
}

function xlsx(): Uint8Array {
  const shared = '<sst><si><t>Card</t></si><si><t>Visa 4012888888881881</t></si></sst>';
  const sheet =
    '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Expiry</t></is></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>0827</v></c></row></sheetData></worksheet>';
  return zipSync({ 'xl/sharedStrings.xml': strToU8(shared), 'xl/worksheets/sheet1.xml': strToU8(sheet) });
}

function pptx(text: string): Uint8Array {
  const slide = (t: string) =>
    `<p:sld><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${t}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
  return zipSync({ 'ppt/slides/slide2.xml': strToU8(slide('Second slide')), 'ppt/slides/slide1.xml': strToU8(slide(text)) });
}

/** A one-page PDF with one text object, with a correct cross-reference table. */
function pdf(text: string): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

describe('htmlToText', () => {
  it('when HTML has blocks, cells, entities, scripts and comments, then only the visible text remains', () => {
    const html =
      '<html><head><title>T</title><style>.a{}</style></head><body><script>var ssn="321-02-3456"</script><!-- 4012888888881881 --><p>Card&nbsp;no:</p><table><tr><td>4012</td><td>&#56;888</td></tr></table>a &lt; b &amp; c</body></html>';
    expect(htmlToText(html)).toBe('Card no:\n\n4012\t8888\n\na < b & c');
  });

  it('when tags or comments are left open, then it still finishes and keeps the text', () => {
    expect(htmlToText('a <!-- never closed')).toBe('a');
    expect(htmlToText('x < y and <b')).toBe('x < y and <b');
    expect(htmlToText(`${'<div>'.repeat(20000)}end`)).toBe('end');
  });

  it('when a table is indented in the source, then it still reads a row to a line, a tab between cells', () => {
    const html =
      '<table>\n  <tr>\n    <th>Name</th>\n    <th>Phone</th>\n  </tr>\n  <tr>\n    <td>Jo Roe</td>\n    <td>415 762 0134</td>\n  </tr>\n</table>';
    expect(htmlToText(html)).toBe('Name\tPhone\nJo Roe\t415 762 0134');
  });

  it('when a cell holds one paragraph, as Outlook writes every cell, then the row stays one line', () => {
    const cell = (t: string) => `<td width=200 style='padding:0'>\r\n<p class=MsoNormal>${t}<o:p></o:p></p>\r\n</td>`;
    const html = `<table><tr>${cell('Name')}${cell('SSN')}</tr>\r\n<tr>${cell('Jo Roe')}${cell('536-22-1234')}</tr></table><p>Thanks</p>`;
    expect(htmlToText(html)).toBe('Name\tSSN\nJo Roe\t536-22-1234\n\nThanks');
  });

  it('when a cell holds several lines, then they stay lines; an empty first cell keeps its column', () => {
    expect(htmlToText('<table><tr><td>Line 1<br>Line 2</td><td>x</td></tr><tr><td></td><td>&nbsp;</td><td>y</td></tr></table>')).toBe(
      'Line 1\nLine 2\tx\n\t\ty',
    );
  });

  it("when the source breaks a paragraph's lines, then they read as spaces, as a browser shows them; <pre> keeps them", () => {
    expect(htmlToText('<p>Please call me\r\n  on 415\r\n762 0134</p><pre>Name\tPhone\nJo\t415 762 0134</pre>')).toBe(
      'Please call me on 415 762 0134\n\nName\tPhone\nJo\t415 762 0134',
    );
  });

  it('when an indented HTML table lists phone numbers, then every row is read under its "Phone" header', () => {
    const rows = [1, 2, 3, 4, 5, 6].map(
      (i) => `\n  <tr>\n    <td>Jo Roe ${i}</td>\n    <td>1Z999AA1012345678${i}</td>\n    <td>415762013${i}</td>\n  </tr>`,
    );
    const html = `<table>\n  <tr>\n    <th>Customer</th>\n    <th>Tracking number</th>\n    <th>Phone</th>\n  </tr>${rows.join('')}\n</table>`;
    expect(scanText(htmlToText(html)).map((f) => [f.classifier, f.score])).toEqual(Array(6).fill(['us-phone', 60]));
  });
});

describe('extractMessageText', () => {
  it('when the HTML body repeats the text body, then it is scanned once', async () => {
    const parts = await extractMessageText(msg([], { subject: 'S', text: 'Hello there', html: '<p>Hello there</p>' }));
    expect(parts.map((p) => p.name)).toEqual(['Subject', 'Body (text)']);
  });

  it('when the HTML body differs, then both bodies are scanned', async () => {
    const parts = await extractMessageText(msg([], { text: 'plain', html: '<p>rich <b>text</b></p>' }));
    expect(parts.map((p) => [p.name, p.text])).toEqual([
      ['Body (text)', 'plain'],
      ['Body (HTML)', 'rich text'],
    ]);
  });

  it.each([
    ['notes.txt', 'text/plain', strToU8(`Visa ${CARD}`), /4012 8888 8888 1881/],
    ['cards.csv', 'text/csv', strToU8(`name,card\nJ,${CARD}`), /4012 8888 8888 1881/],
    ['page.html', 'text/html', strToU8(`<p>Visa</p><p>${CARD}</p>`), /Visa\n+4012 8888 8888 1881/],
    ['memo.docx', 'application/octet-stream', docx(CARD), /Visa 4012 8888 8888 1881 exp 08\/27\nSecond & last/],
    ['cards.xlsx', 'application/octet-stream', xlsx(), /Card\tExpiry\nVisa 4012888888881881\t0827/],
    ['deck.pptx', 'application/octet-stream', pptx(`Visa ${CARD}`), /^Visa 4012 8888 8888 1881 exp 08\/27\n\nSecond slide/],
    ['scan.pdf', 'application/pdf', pdf(`Visa ${CARD}`), /Visa 4012 8888 8888 1881 exp 08\/27/],
  ])('when a %s attachment is read, then its text is extracted', async (filename, contentType, content, expected) => {
    const [part] = await extractMessageText(msg([{ filename, contentType, content }]));
    expect(part.kind).toBe('attachment');
    expect(part.unscannable).toBeUndefined();
    expect(part.text).toMatch(expected);
    expect(part.attachment).toEqual({ filename, contentType, size: content.length });
  });

  it('when a spreadsheet row leaves cells empty, then each value stays under its column', async () => {
    // Rows 2-7 leave column B empty, as a sheet does: no <c> element is written for it.
    const rows = [1, 2, 3, 4, 5, 6].map(
      (i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Jo Roe ${i}</t></is></c><c r="C${i + 1}"><v>415762013${i}</v></c></row>`,
    );
    const header =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Customer</t></is></c><c r="B1" t="inlineStr"><is><t>Tracking number</t></is></c><c r="C1" t="inlineStr"><is><t>Phone</t></is></c></row>';
    const sheet = `<worksheet><sheetData>${header}${rows.join('')}</sheetData></worksheet>`;
    const content = zipSync({ 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    const [part] = await extractMessageText(msg([{ filename: 'customers.xlsx', contentType: 'application/octet-stream', content }]));
    expect(part.text.split('\n').slice(0, 2)).toEqual(['Customer\tTracking number\tPhone', 'Jo Roe 1\t\t4157620131']);
    // Under "Phone", every number is read with its column's context (under "Tracking number" the later ones were not).
    expect(scanText(part.text).map((f) => [f.classifier, f.score])).toEqual(Array(6).fill(['us-phone', 60]));
  });

  it('when a Word table holds values, then it reads a row to a line, a tab between cells, each under its header', async () => {
    const cell = (...paras: string[]) => `<w:tc><w:tcPr/>${paras.map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join('')}</w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const rows = [1, 2, 3, 4, 5, 6].map((i) => row(cell(`Jo Roe ${i}`, 'Leeds'), cell(''), cell(`415762013${i}`)));
    const body = `<w:p><w:r><w:t>Customers</w:t></w:r></w:p><w:tbl>${row(cell('Customer'), cell('Tracking number'), cell('Phone'))}${rows.join('')}</w:tbl><w:p/><w:p><w:r><w:t>End</w:t></w:r></w:p>`;
    const content = zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`) });
    const [part] = await extractMessageText(msg([{ filename: 'customers.docx', contentType: 'application/octet-stream', content }]));
    expect(part.text.split('\n').slice(0, 3)).toEqual(['Customers', 'Customer\tTracking number\tPhone', 'Jo Roe 1 Leeds\t\t4157620131']);
    expect(part.text).toMatch(/\tPhone\n(Jo Roe \d Leeds\t\t415762013\d\n){6}End\n$/);
    expect(scanText(part.text).map((f) => [f.classifier, f.score])).toEqual(Array(6).fill(['us-phone', 60]));
  });

  it('when a slide holds a table, then it reads a row to a line too', async () => {
    const cell = (t: string) => `<a:tc><a:txBody><a:p><a:r><a:t>${t}</a:t></a:r></a:p></a:txBody></a:tc>`;
    const slide = `<p:sld><a:tbl><a:tr>${cell('Name')}${cell('SSN')}</a:tr><a:tr>${cell('Jo Roe')}${cell('536-22-1234')}</a:tr></a:tbl></p:sld>`;
    const content = zipSync({ 'ppt/slides/slide1.xml': strToU8(slide) });
    const [part] = await extractMessageText(msg([{ filename: 'deck.pptx', contentType: 'application/octet-stream', content }]));
    expect(part.text).toBe('Name\tSSN\nJo Roe\t536-22-1234\n');
  });

  it('when a spreadsheet stores a large whole number with an exponent, then it is read in full', async () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>4.539148803436467E+15</v></c><c r="B1" t="str"><v>1E+3</v></c></row></sheetData></worksheet>';
    const content = zipSync({ 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    const [part] = await extractMessageText(msg([{ filename: 'cards.xlsx', contentType: 'application/octet-stream', content }]));
    expect(part.text).toBe('4539148803436467\t1E+3');
  });

  it('when a PDF is damaged, then it is an unscannable attachment, not an error', async () => {
    const [part] = await extractMessageText(
      msg([{ filename: 'broken.pdf', contentType: 'application/pdf', content: strToU8('%PDF-1.4 garbage') }]),
    );
    expect(part.text).toBe('');
    expect(part.unscannable).toMatch(/PDF text could not be extracted/);
  });

  it('when an attachment is an image, then it is noted as not scanned', async () => {
    const [part] = await extractMessageText(
      msg([{ filename: 'logo.png', contentType: 'image/png', content: new Uint8Array([137, 80, 78, 71]) }]),
    );
    expect(part.unscannable).toMatch(/\.png is not scanned/);
  });

  it('when a DOCX is not a zip, then it is unscannable', async () => {
    const [part] = await extractMessageText(
      msg([{ filename: 'fake.docx', contentType: 'application/octet-stream', content: strToU8('not a zip') }]),
    );
    expect(part.unscannable).toMatch(/could not be read/);
  });

  it('when a card is inside a DOCX attachment, then PCI-DSS finds it and names the attachment', async () => {
    const [v] = await evaluatePolicies(
      [createPolicyFromTemplate('pci-dss', undefined, 'Drop')],
      msg([{ filename: 'memo.docx', contentType: 'application/octet-stream', content: docx(CARD) }]),
      { customClassifiers: [], dictionaries: [] },
    );
    expect(v.violated).toBe(true);
    const m = v.classifiers[0].matches[0];
    expect(m).toMatchObject({ part: 'attachment', partName: 'memo.docx', text: '4012 8888 8888 1881' });
    expect(m.before).toBe('Visa ');
  });

  it('when an attachment cannot be read, then the verdict carries an unscannable note', async () => {
    const [v] = await evaluatePolicies(
      [createPolicyFromTemplate('pci-dss', undefined, 'Drop')],
      msg([{ filename: 'broken.pdf', contentType: 'application/pdf', content: strToU8('%PDF garbage') }]),
      { customClassifiers: [], dictionaries: [] },
    );
    expect(v.notes.join()).toMatch(/Unscannable attachment broken\.pdf/);
  });
});
