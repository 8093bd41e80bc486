/**
 * Makes a message's HTML inert before it reaches the sandboxed frame, as a mail client does:
 * scripts, event handlers and javascript: links removed (DOMPurify), and remote images and CSS
 * URLs dropped. The sandbox alone would block them too, but the browser then reports every
 * blocked script and fetch as a console error; cleaning first keeps the console quiet and lets the
 * viewer say what was removed. Defence in depth: the frame's sandbox and CSP still apply.
 */
import DOMPurify from 'dompurify';

/** Only inline (data:) and message-part (cid:) resources can be shown offline. */
const LOCAL = /^\s*(data:|cid:|#)/i;
const REMOTE_CSS_URL = /url\(\s*(?!['"]?\s*data:)[^)]*\)/gi;
const RESOURCE_ATTRS = ['src', 'srcset', 'background', 'poster', 'lowsrc', 'dynsrc'];

let purifier: ReturnType<typeof DOMPurify> | null = null;
let remoteDropped = 0;

function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  // A private instance, so these hooks never affect another use of DOMPurify in the app.
  const p = DOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    for (const name of RESOURCE_ATTRS) {
      const value = node.getAttribute?.(name);
      if (value !== null && value !== undefined && !LOCAL.test(value)) {
        node.removeAttribute(name);
        remoteDropped++;
      }
    }
    const style = node.getAttribute?.('style');
    if (style && REMOTE_CSS_URL.test(style)) {
      node.setAttribute('style', style.replace(REMOTE_CSS_URL, 'none'));
      remoteDropped++;
    }
    REMOTE_CSS_URL.lastIndex = 0;
  });
  p.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'style' && node.textContent && REMOTE_CSS_URL.test(node.textContent)) {
      node.textContent = node.textContent.replace(REMOTE_CSS_URL, 'none');
      remoteDropped++;
    }
    REMOTE_CSS_URL.lastIndex = 0;
  });
  purifier = p;
  return p;
}

/** The HTML with active content removed, and how many things were removed. */
export function inertHtml(html: string): { html: string; removed: number } {
  const p = instance();
  remoteDropped = 0;
  const clean = p.sanitize(html, { WHOLE_DOCUMENT: true, FORBID_TAGS: ['base', 'meta', 'link'], ADD_TAGS: ['style'] });
  return { html: clean, removed: p.removed.length + remoteDropped };
}
