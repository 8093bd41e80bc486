/** Whole messages and attachments: ZIP archives (nested, bombs, encrypted), RTF, text encodings, forwarded messages. */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { createPolicyFromTemplate, evaluatePolicies, extractMessageText, htmlToText } from '../../../src/engine/dlp/index.ts';
import { scannableMessage } from '../../helpers/scannable-message.ts';
import { EXTRACT_LIMITS } from '../../../src/engine/dlp/extract/limits.ts';
import { decodeTextBytes } from '../../../src/engine/dlp/extract/decode-text.ts';
import { rtfText } from '../../../src/engine/dlp/extract/rtf.ts';
import { parseEml } from '../../../src/engine/mailflow/eml.ts';

const CARD = 'Visa 4012 8888 8888 1881 exp 08/27';
const CTX = { customClassifiers: [], dictionaries: [] };
const msg = scannableMessage;
const zipAttachment = (filename: string, content: Uint8Array) => ({ filename, contentType: 'application/zip', content });

/** Sets general-purpose flag bit 0 (encrypted) on every local and central directory entry. */
function encrypt(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) out[i + 6] |= 1;
    if (sig === 0x02014b50) out[i + 8] |= 1;
  }
  return out;
}

/** Rewrites the uncompressed size in the central directory (a bomb that lies about its size). */
function claimSize(zip: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

const utf16 = (s: string, bigEndian: boolean, bom: boolean): Uint8Array => {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  [...(bom ? '\ufeff' : ''), ...s].forEach((c, i) => view.setUint16(i * 2, c.charCodeAt(0), !bigEndian));
  return out;
};

describe('ZIP attachments', () => {
  it('when a zip holds a CSV and a zip holding a CSV, then every member is scanned under its path', async () => {
    const inner = zipSync({ 'cards.csv': strToU8(`name,card\nJ,${CARD}`) });
    const outer = zipSync({ 'readme.txt': strToU8('nothing here'), 'inner.zip': inner, 'logo.png': new Uint8Array([137, 80, 78, 71]) });
    const parts = await extractMessageText(msg([zipAttachment('archive.zip', outer)]));
    expect(parts.map((p) => [p.name, p.unscannable ?? 'ok'])).toEqual([
      ['archive.zip', 'ok'],
      ['archive.zip › readme.txt', 'ok'],
      ['archive.zip › inner.zip', 'ok'],
      ['archive.zip › inner.zip › cards.csv', 'ok'],
      ['archive.zip › logo.png', 'file type .png is not scanned for text'],
    ]);
    const [v] = await evaluatePolicies(
      [createPolicyFromTemplate('pci-dss', undefined, 'Drop')],
      msg([zipAttachment('archive.zip', outer)]),
      CTX,
    );
    expect(v.violated).toBe(true);
    expect(v.classifiers[0].matches[0]).toMatchObject({ partName: 'archive.zip › inner.zip › cards.csv', text: '4012 8888 8888 1881' });
  });

  it('when zips nest deeper than the limit, then the deepest is noted, not opened', async () => {
    let z = zipSync({ 'cards.csv': strToU8(CARD) });
    for (const name of ['l3.zip', 'l2.zip']) z = zipSync({ [name]: z });
    const parts = await extractMessageText(msg([zipAttachment('l1.zip', z)]), { ...EXTRACT_LIMITS, archiveDepth: 2 });
    expect(parts.at(-1)).toMatchObject({ name: 'l1.zip › l2.zip › l3.zip', unscannable: expect.stringMatching(/nested more than 2 deep/) });
  });

  it('when a zip has more members than the limit, then the rest are noted', async () => {
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}.txt`, strToU8('x')]));
    const parts = await extractMessageText(msg([zipAttachment('many.zip', zipSync(files))]), { ...EXTRACT_LIMITS, archiveMembers: 3 });
    expect(parts.filter((p) => !p.unscannable)).toHaveLength(4);
    expect(parts.at(-1)!.unscannable).toMatch(/2 more members past the limit of 3/);
  });

  it.each([
    ['honest sizes', (z: Uint8Array) => z],
    ['a central directory that lies', (z: Uint8Array) => claimSize(z, 100)],
  ])('when a zip bomb has %s, then it is noted as too large when expanded, quickly', async (_, doctor) => {
    const bomb = doctor(zipSync({ 'zeros.txt': new Uint8Array(8 * 1024 * 1024) }, { level: 9 }));
    expect(bomb.length).toBeLessThan(20_000);
    const started = performance.now();
    const parts = await extractMessageText(
      msg([zipAttachment('bomb.zip', bomb), { filename: 'ok.txt', contentType: 'text/plain', content: strToU8(CARD) }]),
      { ...EXTRACT_LIMITS, expandedBytes: 1024 * 1024 },
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parts.find((p) => p.name === 'bomb.zip › zeros.txt')!.unscannable).toBe(
      'not scanned: too large when expanded (limit 1 MB expanded per message)',
    );
    // The bomb's share of the budget is given back: the next attachment is still read.
    expect(parts.find((p) => p.name === 'ok.txt')!.text).toBe(CARD);
  });

  it('when many small members add up past the limit, then those past it are noted and the rest are read whole', async () => {
    // Each member is small enough to be inflated in one call; the budget still counts every byte.
    const text = (i: number) => `member ${i} ${'x'.repeat(100 * 1024)}`;
    const members = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`m${String(i).padStart(2, '0')}.txt`, strToU8(text(i))]));
    const parts = await extractMessageText(msg([zipAttachment('many.zip', zipSync(members, { level: 9 }))]), {
      ...EXTRACT_LIMITS,
      expandedBytes: 1024 * 1024,
    });
    const read = parts.filter((p) => p.name.includes(' › ') && p.unscannable === undefined);
    const refused = parts.filter((p) => p.unscannable === 'not scanned: too large when expanded (limit 1 MB expanded per message)');
    // 1 MiB holds ten members of 100 kB and a few bytes: ten are read, exactly as written, the other six noted.
    expect(read.map((p) => p.name)).toEqual(Array.from({ length: 10 }, (_, i) => `many.zip › m${String(i).padStart(2, '0')}.txt`));
    read.forEach((p, i) => expect(p.text).toBe(text(i)));
    expect(refused).toHaveLength(6);
  });

  it('when a DOCX inflates past the limit, then it is noted, not dropped silently', async () => {
    const docx = zipSync({ 'word/document.xml': strToU8(`<w:document><w:t>${'a'.repeat(2 * 1024 * 1024)}</w:t></w:document>`) });
    const [part] = await extractMessageText(msg([{ filename: 'big.docx', contentType: 'application/octet-stream', content: docx }]), {
      ...EXTRACT_LIMITS,
      expandedBytes: 1024 * 1024,
    });
    expect(part.unscannable).toMatch(/too large when expanded/);
  });

  it('when a zip or one member is password-protected, then it is noted as encrypted', async () => {
    const locked = encrypt(zipSync({ 'secret.csv': strToU8(CARD) }));
    const parts = await extractMessageText(msg([zipAttachment('locked.zip', locked)]));
    expect(parts[1]).toMatchObject({
      name: 'locked.zip › secret.csv',
      text: '',
      unscannable: 'not scanned: encrypted (password-protected)',
    });
    const [v] = await evaluatePolicies(
      [createPolicyFromTemplate('pci-dss', undefined, 'Drop')],
      msg([zipAttachment('locked.zip', locked)]),
      CTX,
    );
    expect(v.notes).toContain('Unscannable attachment locked.zip › secret.csv: not scanned: encrypted (password-protected)');
  });

  it('when a zip is damaged, then it is unscannable, not an error', async () => {
    const [part] = await extractMessageText(msg([zipAttachment('bad.zip', strToU8('PK\x03\x04 not really a zip'))]));
    expect(part.unscannable).toMatch(/could not be read \(not a ZIP archive/);
  });

  it('when a policy filters spreadsheets, then a CSV inside a zip is in scope; when it filters archives, the members are too', async () => {
    const zip = zipSync({ 'cards.csv': strToU8(CARD) });
    for (const fileTypes of [['spreadsheet'], ['archive']]) {
      const policy = {
        ...createPolicyFromTemplate('pci-dss', undefined, 'Drop'),
        attachments: { fileTypes, customExtensions: [], minimumSizeBytes: 0 },
      };
      const [v] = await evaluatePolicies([policy], msg([zipAttachment('a.zip', zip)]), CTX);
      expect(v.applicable).toBe(true);
      expect(v.classifiers[0].matches[0].partName).toBe('a.zip › cards.csv');
    }
  });
});

describe('text encodings', () => {
  it.each([
    ['UTF-16LE with a BOM', utf16(CARD, false, true), ''],
    ['UTF-16BE with a BOM', utf16(CARD, true, true), ''],
    ['UTF-16LE without a BOM', utf16(CARD, false, false), ''],
    ['UTF-16BE without a BOM', utf16(CARD, true, false), ''],
    ['UTF-16 named by the charset', utf16(CARD, false, false), 'text/plain; charset=utf-16'],
    ['UTF-8 with a BOM', strToU8(`\ufeff${CARD}`), ''],
  ])('when a text file is %s, then it reads as its text', (_, bytes, contentType) => {
    expect(decodeTextBytes(bytes, contentType)).toBe(CARD);
  });

  it.each([
    ['ISO-8859-1 by charset', 'text/plain; charset=iso-8859-1', [0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72], 'Müller'],
    ['Windows-1252 by charset', 'text/plain; charset="windows-1252"', [0x80, 0x35, 0x20, 0x93, 0x6f, 0x6b, 0x94], '€5 “ok”'],
    ['Latin-1 without a charset (not UTF-8)', 'text/plain', [0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72], 'Müller'],
  ])('when a text file is %s, then its accents survive', (_, contentType, bytes, text) => {
    expect(decodeTextBytes(new Uint8Array(bytes), contentType)).toBe(text);
  });

  it('when a UTF-16 CSV and a UTF-16 HTML file are attached, then both are scanned as text', async () => {
    const parts = await extractMessageText(
      msg([
        { filename: 'cards.csv', contentType: 'text/csv', content: utf16(`name,card\nJ,${CARD}`, false, true) },
        { filename: 'page.html', contentType: 'text/html', content: utf16(`<p>${CARD}</p>`, true, false) },
      ]),
    );
    expect(parts.map((p) => p.text)).toEqual([`name,card\nJ,${CARD}`, CARD]);
  });
});

describe('RTF', () => {
  it('when RTF has tables, escapes and unicode, then only the text remains', () => {
    const rtf =
      '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Riched20;}{\\info{\\author Secret}}' +
      "\\pard M\\'fcller \\'80\\'93q\\'94 \\u8364?5\\par\\uc2 \\u8220??ok\\u8221??\\line Card:\\tab 4012 8888 8888 1881{\\pict 0123abcd}\\par}";
    expect(rtfText(rtf)).toBe('Müller €“q” €5\n“ok”\nCard:\t4012 8888 8888 1881');
  });

  it('when an RTF attachment holds a card, then PCI-DSS finds it', async () => {
    const rtf = `{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 ${CARD.replace('/', '\\/')}\\par}`;
    const [v] = await evaluatePolicies(
      [createPolicyFromTemplate('pci-dss', undefined, 'Drop')],
      msg([{ filename: 'memo.rtf', contentType: 'application/rtf', content: strToU8(rtf) }]),
      CTX,
    );
    expect(v.classifiers[0].matches[0]).toMatchObject({ partName: 'memo.rtf', text: '4012 8888 8888 1881' });
  });
});

describe('forwarded messages', () => {
  const inner = [
    'From: Carol <carol@example.com>',
    'To: alice@example.com',
    'Subject: Card for the booking',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="in"',
    '',
    '--in',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `My card: ${CARD}`,
    '--in',
    'Content-Type: text/csv; name="more.csv"',
    'Content-Disposition: attachment; filename="more.csv"',
    'Content-Transfer-Encoding: base64',
    '',
    btoa('name,card\nJ,5555 5555 5555 4444 exp 01/29'),
    '--in--',
    '',
  ].join('\r\n');
  const outer = [
    'From: Alice <alice@example.com>',
    'To: bob@partner.net',
    'Subject: Fwd: booking',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="out"',
    '',
    '--out',
    'Content-Type: text/plain',
    '',
    'See below.',
    '--out',
    'Content-Type: message/rfc822; name="forwarded.eml"',
    'Content-Disposition: attachment; filename="forwarded.eml"',
    '',
    inner,
    '--out--',
    '',
  ].join('\r\n');

  it('when a message/rfc822 is attached, then its subject, body and attachment are parts under its name', async () => {
    const message = await parseEml(outer);
    const parts = await extractMessageText(message);
    expect(parts.map((p) => p.name)).toEqual([
      'Subject',
      'Body (text)',
      'forwarded.eml',
      'forwarded.eml › Subject',
      'forwarded.eml › Body (text)',
      'forwarded.eml › more.csv',
    ]);
    const [v] = await evaluatePolicies([createPolicyFromTemplate('pci-dss', undefined, 'Drop')], message, CTX);
    expect(v.violated).toBe(true);
    expect(v.classifiers[0].matches.map((m) => m.partName)).toEqual(['forwarded.eml › Body (text)', 'forwarded.eml › more.csv']);
  });

  it('when forwarded messages nest past the limit, then the deepest is noted', async () => {
    const parts = await extractMessageText(await parseEml(outer), { ...EXTRACT_LIMITS, messageDepth: 0 });
    expect(parts.at(-1)).toMatchObject({ name: 'forwarded.eml', unscannable: expect.stringMatching(/forwarded more than 0 deep/) });
  });
});

describe('size limits', () => {
  it('when an archive member is over the part limit, then it is noted without being read', async () => {
    const zip = zipSync({ 'big.txt': new Uint8Array(4096), 'small.txt': strToU8(CARD) });
    const parts = await extractMessageText(msg([zipAttachment('a.zip', zip)]), { ...EXTRACT_LIMITS, partBytes: 1024 });
    expect(parts.map((p) => [p.name, p.unscannable ?? p.text])).toEqual([
      ['a.zip', ''],
      ['a.zip › big.txt', 'not scanned: 4 KB is over the 1 KB limit for one part'],
      ['a.zip › small.txt', CARD],
    ]);
  });

  it('when an attachment is over the part limit, then it is noted with the limit', async () => {
    const [part] = await extractMessageText(msg([{ filename: 'big.txt', contentType: 'text/plain', content: new Uint8Array(2048) }]), {
      ...EXTRACT_LIMITS,
      partBytes: 1024,
    });
    expect(part.unscannable).toBe('not scanned: 2 KB is over the 1 KB limit for one part');
  });
});

describe('HTML layout', () => {
  it.each([
    [
      'table cells',
      '<table><tr><th>Name</th><th>Card</th></tr><tr><td>J</td><td>4012 8888 8888 1881</td></tr></table>',
      'Name\tCard\nJ\t4012 8888 8888 1881',
    ],
    [
      'digit groups in sibling blocks',
      '<p>Card:</p><div>4111</div>\n  <div>1111</div><div>1111</div><div>1111</div><p>exp 08/27</p>',
      'Card:\n\n4111 1111 1111 1111\n\nexp 08/27',
    ],
    ['digit groups on lines', '4012<br>8888<br/>8888<br>1881', '4012 8888 8888 1881'],
    ['a block with words and digits', '<div>Order 12</div><div>345</div>', 'Order 12\n\n345'],
    ['digits in inline elements', '<span>4111</span><span>1111</span>', '41111111'],
  ])('when HTML has %s, then it reads as a reader sees it', (_, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
