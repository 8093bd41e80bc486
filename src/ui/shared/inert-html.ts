/**
 * Makes a message's HTML inert before it reaches the sandboxed frame, as a mail client does:
 * scripts, event handlers and javascript: links removed (DOMPurify), and every remote reference
 * dropped: resource attributes, SVG hrefs, CSS url()/image-set()/@import (escapes decoded first),
 * and the elements that only exist to fetch or navigate (base, meta, link, frames, objects). The
 * frame's CSP blocks the requests too, but not everything: Chromium still opens a TCP connection
 * to a nested <iframe src> the policy refuses (seen with a canary server), which is enough to tell
 * a sender the message was opened, so the elements must go before the frame exists. Cleaning first
 * also keeps the console free of CSP reports and lets the viewer say what was removed. Defence in
 * depth: the frame's sandbox and CSP still apply (see frame-document.ts).
 */
import DOMPurify from 'dompurify';
import { mayReferenceCss, stripRemoteCss } from './css-remote.ts';

/** Only inline (data:) resources can be shown offline; cid: parts are not resolved, so they go too. */
const LOCAL = /^\s*data:/i;
const RESOURCE_ATTRS = ['src', 'srcset', 'background', 'poster', 'lowsrc', 'dynsrc', 'data', 'action', 'formaction', 'ping', 'codebase'];
// A srcset lists several URLs, and a form target or ping is never an inline resource: these always go.
const NEVER_LOCAL = new Set(['srcset', 'action', 'formaction', 'ping']);
// href on a link is a navigation the reader chooses; on anything else (SVG image, use, feImage) it is a fetch.
const LINK_TAGS = new Set(['a', 'area']);
const HREFS = ['href', 'xlink:href'];
// Elements whose only purpose here is to fetch, navigate, or set the policy and base the frame depends on.
const FORBID_TAGS = ['base', 'meta', 'link', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'animate', 'set'];
const REMOTE_IMAGE = /^\s*https?:\/\//i;

let purifier: ReturnType<typeof DOMPurify> | null = null;
let dropped = 0;
let blocked = 0;
let allowImages = false;

// With "Load remote images", an <img> or <picture><source> keeps absolute http(s) URLs; nothing else does.
function keepsRemoteImage(node: Element, name: string, value: string): boolean {
  const tag = node.nodeName.toLowerCase();
  if ((tag !== 'img' && tag !== 'source') || (name !== 'src' && name !== 'srcset')) return false;
  const urls = name === 'src' ? [value] : value.split(',').map((c) => c.trim().split(/\s+/)[0]);
  if (!urls.every((u) => REMOTE_IMAGE.test(u))) return false;
  if (!allowImages) blocked++;
  return allowImages;
}

function cleanAttributes(node: Element): void {
  for (const name of RESOURCE_ATTRS) {
    const value = node.getAttribute(name);
    if (value === null || (LOCAL.test(value) && !NEVER_LOCAL.has(name))) continue;
    if (keepsRemoteImage(node, name, value)) continue;
    node.removeAttribute(name);
    dropped++;
  }
  if (!LINK_TAGS.has(node.nodeName.toLowerCase())) {
    for (const name of HREFS) {
      const value = node.getAttribute(name);
      if (value !== null && !LOCAL.test(value) && !value.trim().startsWith('#')) {
        node.removeAttribute(name);
        dropped++;
      }
    }
  }
  // style, and SVG presentation attributes such as fill="url(…)" or filter="url(…)".
  for (const attr of Array.from(node.attributes)) {
    if (!mayReferenceCss(attr.value)) continue;
    const css = stripRemoteCss(attr.value);
    if (css.removed) {
      node.setAttribute(attr.name, css.css);
      dropped += css.removed;
    }
  }
}

function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  // A private instance, so these hooks never affect another use of DOMPurify in the app.
  const p = DOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType === 1) cleanAttributes(node as Element);
  });
  p.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'style' || !node.textContent) return;
    const css = stripRemoteCss(node.textContent);
    if (css.removed) {
      node.textContent = css.css;
      dropped += css.removed;
    }
  });
  purifier = p;
  return p;
}

/** The HTML with active and remote content removed, how many things were removed, and how many remote images were held back. */
export function inertHtml(html: string, remoteImages = false): { html: string; removed: number; blockedImages: number } {
  const p = instance();
  dropped = 0;
  blocked = 0;
  allowImages = remoteImages;
  // FORCE_BODY: everything, <head> content included, lands in the body the frame document wraps,
  // so nothing of the sender's can come before the frame's own policy.
  const clean = p.sanitize(html, { FORCE_BODY: true, FORBID_TAGS, FORBID_ATTR: ['srcdoc'], ADD_TAGS: ['style'] });
  return { html: clean, removed: p.removed.length + dropped, blockedImages: blocked };
}
