/**
 * The one place that builds the document of a frame showing untrusted HTML (a message body, an
 * opened envelope, a draft, a notification template). The content security policy is the first
 * thing the frame parses, so nothing the sender wrote can be fetched before it applies, and a
 * later policy can only narrow it; the sender's HTML, already made inert, comes after, in <body>.
 */
import { inertHtml } from './inert-html.ts';

// Everything is refused; inline styles and data: images and fonts are all a message needs offline.
// form-action and base-uri do not fall back to default-src, so they are named.
const BASE = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; form-action 'none'; base-uri 'none'";

/** The frame's policy: no network at all, or (the reader's explicit choice) remote images and nothing else. */
export const frameCsp = (remoteImages: boolean): string => `${BASE}; img-src data: blob:${remoteImages ? ' https: http:' : ''}`;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The srcdoc for already-sanitised body HTML: the CSP <meta> first in <head>, whatever the body holds. */
export function frameDocument(body: string, remoteImages: boolean): string {
  return (
    '<!DOCTYPE html><html><head>' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(frameCsp(remoteImages))}">` +
    // Remote images, when allowed, must not tell the sender which page showed them.
    '<meta name="referrer" content="no-referrer">' +
    '<meta http-equiv="x-dns-prefetch-control" content="off">' +
    `</head><body>${body}</body></html>`
  );
}

/** What a sandboxed frame needs: its srcdoc, the policy for its `csp` attribute, and what was removed. */
export interface UntrustedFrame {
  readonly srcdoc: string;
  readonly csp: string;
  /** Scripts, handlers, remote references and other active content taken out. */
  readonly removed: number;
  /** Remote images held back that "Load remote images" would show. */
  readonly blockedImages: number;
}

/** Sanitises untrusted HTML and builds its frame (remote images only when the reader asked for them). */
export function untrustedFrame(html: string, remoteImages = false): UntrustedFrame {
  const clean = inertHtml(html, remoteImages);
  return {
    srcdoc: frameDocument(clean.html, remoteImages),
    csp: frameCsp(remoteImages),
    removed: clean.removed,
    blockedImages: clean.blockedImages,
  };
}
