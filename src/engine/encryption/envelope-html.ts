/**
 * The securedoc page: a self-contained HTML document that looks like the Registered Envelope
 * (date, security level, From, To, the password form) and carries the envelope data as inert
 * JSON. It has no executable script: the simulator parses it back instead of running it, and a
 * learner opening the file in a browser sees the envelope without anything happening.
 */
import { ENVELOPE_BLOCK_ID, envelopeJson, type EnvelopeData, type SecurityLevel } from './envelope.ts';
import { escapeHtml, formatDate } from './html.ts';

/** The security level as the envelope labels it. */
export const SECURITY_LABELS: Readonly<Record<SecurityLevel, string>> = {
  high: 'High',
  medium: 'Medium',
  none: 'No Password Required',
};

/** The envelope file name for a send time: `securedoc_YYYYMMDDThhmmss.html` (UTC, simulated clock). */
export function securedocFileName(at: number): string {
  const iso = new Date(at).toISOString(); // 2026-01-12T09:00:00.000Z
  return `securedoc_${iso.slice(0, 10).replace(/-/g, '')}T${iso.slice(11, 19).replace(/:/g, '')}.html`;
}

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;background:#eef1f4;margin:0;padding:24px;color:#1f2933}
.envelope{max-width:640px;margin:0 auto;background:#fff;border:1px solid #c8d0d8;border-radius:6px;box-shadow:0 2px 6px rgba(0,0,0,.08)}
.envelope header{background:#04488b;color:#fff;padding:12px 20px;border-radius:6px 6px 0 0;display:flex;justify-content:space-between;align-items:center}
.envelope header a,.envelope header span.logo{color:#fff;font-weight:bold;text-decoration:none}
.meta{padding:12px 20px;display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;font-size:14px}
.meta dt{font-weight:bold}.meta dd{margin:0}
fieldset{border:0;padding:12px 20px 20px;margin:0}
label{display:block;margin:8px 0 4px;font-size:14px}
input[type=password]{width:100%;padding:6px;box-sizing:border-box}
.actions{margin-top:12px;display:flex;gap:12px;align-items:center}
.note{font-size:12px;color:#52606d;padding:0 20px 16px}`;

/** What the page shows besides the embedded data. */
export interface EnvelopePageOptions {
  /** The profile's Logo Link; empty for no link. */
  readonly logoLink: string;
  /** The profile's envelope language, used as the page language. */
  readonly locale: string;
}

/** The whole securedoc page for an envelope. */
export function renderEnvelopePage(d: EnvelopeData, options: EnvelopePageOptions): string {
  const logo = options.logoLink ? `<a href="${escapeHtml(options.logoLink)}" rel="noopener">Cisco</a>` : '<span class="logo">Cisco</span>';
  const to = d.to.map(escapeHtml).join(', ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Cisco Registered Envelope Service (simulated)">
<title>Registered Envelope</title>
<style>${STYLE}</style>
</head>
<body>
<main class="envelope">
<header>${logo}<span>Registered Envelope</span><a href="${escapeHtml(d.keyServer)}/help" rel="noopener">Help</a></header>
<dl class="meta">
<dt>Date:</dt><dd>${escapeHtml(formatDate(d.sentAt))}</dd>
<dt>Message Security:</dt><dd>${escapeHtml(SECURITY_LABELS[d.security])}</dd>
<dt>From:</dt><dd>${escapeHtml(d.from)}</dd>
<dt>To:</dt><dd>${to} <a href="#select-address">Select a different address</a></dd>
</dl>
<form action="${escapeHtml(d.keyServer)}/websafe/openEnvelope" method="post">
<fieldset disabled>
${
  d.security === 'none'
    ? ''
    : `<label for="password">Password:</label><input id="password" type="password" autocomplete="current-password"><a href="${escapeHtml(d.keyServer)}/websafe/forgotPassword">Forgot password?</a>
<label><input type="checkbox"> Remember me on this computer</label>`
}
<div class="actions"><button type="submit">Open</button>${d.security === 'none' ? '' : `<a href="${escapeHtml(d.keyServer)}/websafe/register">Register</a>`}</div>
</fieldset>
</form>
<p class="note">This secure message is encrypted (${escapeHtml(d.algorithm)}). Open it with the simulator’s envelope viewer: the key is held by the Registered Envelope Service.</p>
</main>
<script type="application/json" id="${ENVELOPE_BLOCK_ID}">${envelopeJson(d)}</script>
</body>
</html>
`;
}
