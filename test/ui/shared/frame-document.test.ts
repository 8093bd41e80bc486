/** The frame document: its content security policy is the first thing parsed, whatever the (sanitised) body holds. */
import { describe, expect, it } from 'vitest';
import { frameCsp, frameDocument } from '../../../src/ui/shared/frame-document.ts';

const HEAD = '<!DOCTYPE html><html><head>';
const META = '<meta http-equiv="Content-Security-Policy" content="';
const END = '</body></html>';
const EMPTY = frameDocument('', false);

// Bodies that tried to get ahead of an injected policy in the old builder.
const BODIES = [
  '',
  '<p>Hello</p>',
  '<!-- <head> --><img src="http://127.0.0.1:9/a">',
  '<p title="<head>">x</p>',
  '<head></head><head><meta http-equiv="Content-Security-Policy" content="img-src *"></head>',
  '<link rel="stylesheet" href="http://127.0.0.1:9/b"><head>',
  '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/c">',
  '<base href="http://127.0.0.1:9/"><img src="d.gif">',
  '</head></html><html><head>',
  '<iframe srcdoc="<img src=http://127.0.0.1:9/e>"></iframe>',
];

describe('frameDocument', () => {
  it.each(BODIES)('when the body is %j then the policy <meta> is the first element of <head>', (body) => {
    const doc = frameDocument(body, false);
    expect(doc.startsWith(HEAD + META)).toBe(true);
    // Everything before the body is the same fixed head, so nothing in the body can come before the policy.
    expect(doc).toBe(`${EMPTY.slice(0, -END.length)}${body}${END}`);
  });

  it('when remote images are off then the policy allows no network scheme at all', () => {
    const doc = frameDocument('', false);
    const policy = doc.slice(HEAD.length + META.length, doc.indexOf('"', HEAD.length + META.length));
    expect(policy).toBe(frameCsp(false));
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('when remote images are on then only img-src gains http: and https:', () => {
    const off = frameCsp(false).split('; ');
    const on = frameCsp(true).split('; ');
    expect(on.filter((d) => !off.includes(d))).toEqual(['img-src data: blob: https: http:']);
    expect(off.filter((d) => !on.includes(d))).toEqual(['img-src data: blob:']);
  });

  it('when built then referrers and DNS prefetching are switched off too', () => {
    const doc = frameDocument('', true);
    expect(doc).toContain('<meta name="referrer" content="no-referrer">');
    expect(doc).toContain('<meta http-equiv="x-dns-prefetch-control" content="off">');
  });
});
