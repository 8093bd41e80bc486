// A build plugin for the command line: postal-mime joins each decoded MIME part's lines through
// `new Blob(chunks).arrayBuffer()`, which in Node costs about half of a `dlp check` on a folder of
// small messages (Blob copies every line into native memory and reads it back a chunk per
// microtask). The plugin joins the same chunks into one ArrayBuffer directly: the bytes are
// the same (a string chunk as UTF-8, as Blob does). If postal-mime stops matching, the build
// says so and the command line stays correct, only slower.

const CALL = "blobToArrayBuffer(new Blob(this.chunks, { type: 'application/octet-stream' }))";
const HELPER = `
const joinChunks = (chunks) => {
  const encoder = new TextEncoder();
  const parts = chunks.map((c) => (typeof c === 'string' ? encoder.encode(c) : c instanceof ArrayBuffer ? new Uint8Array(c) : c));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return Promise.resolve(out.buffer);
};
`;
const DECODERS = /postal-mime\/dist\/esm\/(base64-decoder|pass-through-decoder|qp-decoder)\.js$/;

/** The Vite plugin; counts the decoders it rewrote and warns if it found fewer than three. */
export function postalMimeChunks() {
  let rewritten = 0;
  return {
    name: 'postal-mime-chunks',
    transform(code, id) {
      if (!DECODERS.test(id) || !code.includes(CALL)) return null;
      rewritten++;
      return { code: `${HELPER}${code.replaceAll(CALL, 'joinChunks(this.chunks)')}`, map: null };
    },
    buildEnd() {
      if (rewritten < 3)
        this.warn(`postal-mime-chunks: rewrote ${rewritten} of 3 decoders (postal-mime changed?); parts are joined through Blob`);
    },
  };
}
