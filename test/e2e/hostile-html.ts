/**
 * Hostile HTML samples for the no-remote-loads spec: each tries a different way to make the
 * browser fetch from `c` (the canary's origin) when the HTML is shown, as a tracking pixel or a
 * remote stylesheet in a mail would. Every sample starts with a marker paragraph, so a test can
 * wait until the frame shows it before counting the canary's requests. The URL paths name the
 * trick, so a request that gets through says which sample let it.
 */

/** One sample: a short name and its HTML for a given canary origin. */
export interface HostileSample {
  readonly name: string;
  readonly html: (c: string) => string;
}

// `\68` is "h" as a CSS escape; the canary's origin with its scheme spelled that way.
const escaped = (c: string) => c.replace(/^http/, '\\68ttp');

const SAMPLES: readonly HostileSample[] = [
  { name: 'style attribute, escaped scheme', html: (c) => `<div style="background:url(${escaped(c)}/css-escape-scheme)">x</div>` },
  { name: 'style attribute, escaped url(', html: (c) => `<div style="background:\\75rl(${c}/css-escape-function)">x</div>` },
  { name: 'style attribute, quoted url()', html: (c) => `<div style="background-image:url('${c}/style-attr')">x</div>` },
  { name: 'style attribute, image-set()', html: (c) => `<div style="background-image:image-set('${c}/image-set' 1x)">x</div>` },
  { name: 'style attribute, cursor', html: (c) => `<div style="cursor:url(${c}/cursor),auto">x</div>` },
  { name: 'style element, url()', html: (c) => `<style>p{background:url(${c}/style-element)}</style><p>x</p>` },
  {
    name: 'style element, escaped url() in a string',
    html: (c) => `<style>p{background:url("${escaped(c)}/style-string-escape")}</style><p>x</p>`,
  },
  { name: 'style element, @import', html: (c) => `<style>@import "${c}/import.css";</style>` },
  { name: 'style element, escaped @import', html: (c) => `<style>@\\69mport url(${c}/import-escaped.css);</style>` },
  {
    name: 'style element, @font-face',
    html: (c) => `<style>@font-face{font-family:z;src:url(${c}/font.woff)}p{font-family:z}</style><p>font</p>`,
  },
  { name: 'SVG style with an entity', html: (c) => `<svg><style>@&#105;mport "${c}/svg-style-import.css";</style></svg>` },
  { name: 'nested iframe srcdoc with img', html: (c) => `<iframe srcdoc="<img src='${c}/nested-img'>"></iframe>` },
  {
    name: 'nested iframe srcdoc with style and link',
    html: (c) =>
      `<iframe srcdoc="<link rel=stylesheet href='${c}/nested-link.css'><style>@import '${c}/nested-import.css'</style>"></iframe>`,
  },
  { name: 'iframe src', html: (c) => `<iframe src="${c}/frame"></iframe>` },
  { name: 'img srcset', html: (c) => `<img alt="" srcset="${c}/srcset-1x 1x, ${c}/srcset-2x 2x">` },
  {
    name: 'picture and source',
    html: (c) => `<picture><source srcset="${c}/picture-source"><img alt="" src="${c}/picture-img"></picture>`,
  },
  { name: 'SVG image href', html: (c) => `<svg width="10" height="10"><image href="${c}/svg-image" width="10" height="10"/></svg>` },
  {
    name: 'SVG image xlink:href',
    html: (c) =>
      `<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image xlink:href="${c}/svg-xlink" width="10" height="10"/></svg>`,
  },
  { name: 'SVG use of an external file', html: (c) => `<svg width="10" height="10"><use href="${c}/use.svg#a"/></svg>` },
  {
    name: 'SVG feImage and an external fill',
    html: (c) =>
      `<svg width="10" height="10"><filter id="f"><feImage href="${c}/feimage"/></filter><rect filter="url(#f)" fill="url(${c}/fill.svg#g)" width="10" height="10"/></svg>`,
  },
  { name: 'link preload', html: (c) => `<link rel="preload" as="image" href="${c}/preload">` },
  { name: 'link prefetch', html: (c) => `<link rel="prefetch" href="${c}/prefetch">` },
  {
    name: 'link dns-prefetch and preconnect',
    html: (c) => `<link rel="dns-prefetch" href="${c}/dns-prefetch"><link rel="preconnect" href="${c}/preconnect">`,
  },
  { name: 'link stylesheet', html: (c) => `<link rel="stylesheet" href="${c}/link.css">` },
  { name: 'meta refresh', html: (c) => `<meta http-equiv="refresh" content="0;url=${c}/refresh">` },
  { name: 'base href and a relative image', html: (c) => `<base href="${c}/base/"><img alt="" src="relative.gif">` },
  { name: 'object data', html: (c) => `<object data="${c}/object"></object>` },
  { name: 'embed src', html: (c) => `<embed src="${c}/embed">` },
  { name: 'video poster and src', html: (c) => `<video poster="${c}/poster" src="${c}/video" preload="auto"></video>` },
  {
    name: 'audio src and source',
    html: (c) => `<audio src="${c}/audio" preload="auto"></audio><audio preload="auto"><source src="${c}/audio-source"></audio>`,
  },
  { name: 'video track', html: (c) => `<video><track default kind="captions" src="${c}/track"></video>` },
  { name: 'input type=image', html: (c) => `<input type="image" alt="go" src="${c}/input-image">` },
  {
    name: 'background attribute',
    html: (c) => `<table background="${c}/table-background"><tr><td background="${c}/td-background">x</td></tr></table>`,
  },
  { name: 'body background', html: (c) => `<body background="${c}/body-background"><p>body</p></body>` },
  {
    name: 'form auto-submitted by script',
    html: (c) =>
      `<form id="f" action="${c}/form" method="post"><input name="a" value="1"></form><script>document.getElementById('f').submit()</script>`,
  },
  { name: 'image error handler', html: (c) => `<img alt="" src="data:," onerror="new Image().src='${c}/onerror'">` },
  { name: 'head inside a comment', html: (c) => `<!-- <head> --><img alt="" src="${c}/after-comment-head">` },
  {
    name: 'a second head loosening the policy',
    html: (c) =>
      `<head><meta http-equiv="Content-Security-Policy" content="default-src *"></head><head></head><img alt="" src="${c}/second-head">`,
  },
  {
    name: 'SVG set animating an href',
    html: (c) => `<svg width="10" height="10"><image width="10" height="10"><set attributeName="href" to="${c}/svg-set"/></image></svg>`,
  },
  { name: 'noscript image', html: (c) => `<noscript><img alt="" src="${c}/noscript"></noscript>` },
  { name: 'a plain tracking pixel', html: (c) => `<img alt="" width="1" height="1" src="${c}/pixel.gif">` },
];

/** The samples, each with its marker paragraph first. */
export const HOSTILE_SAMPLES: readonly { readonly name: string; readonly marker: string; readonly html: (c: string) => string }[] =
  SAMPLES.map((s, i) => {
    const marker = `Sample ${String(i + 1).padStart(2, '0')}: ${s.name}`;
    return { name: s.name, marker, html: (c: string) => `<p id="sample-marker">${marker}</p>${s.html(c)}` };
  });

/** A message with remote images among other remote content: with "Load remote images" only the images may load. */
export const MIXED_REMOTE = (c: string): string =>
  `<p id="sample-marker">Newsletter</p>` +
  `<img alt="" src="${c}/img/pixel.gif"><picture><source srcset="${c}/img/picture.gif"><img alt="" src="${c}/img/fallback.gif"></picture>` +
  `<link rel="stylesheet" href="${c}/css/link.css"><style>@import "${c}/css/import.css";@font-face{font-family:z;src:url(${c}/font/z.woff)}p{font-family:z;background:url(${c}/css/bg.gif)}</style>` +
  `<iframe src="${c}/frame/x"></iframe><video poster="${c}/media/poster"></video><object data="${c}/object/x"></object>`;
