/**
 * mbox files: many messages in one file, each starting with a "From sender date" separator line.
 * Split byte for byte (a message's parts name their own charsets, so nothing is decoded here),
 * and body lines the writer escaped as ">From " (mboxrd: ">>From " too) get one ">" back.
 */

/** Whether a file is an mbox: its name ends in .mbox, or its first line is a "From " separator. */
export function isMbox(name: string, bytes: Uint8Array): boolean {
  return /\.mbox$/i.test(name) || startsWithSeparator(bytes);
}

const FROM_SPACE = [0x46, 0x72, 0x6f, 0x6d, 0x20];
const startsWithSeparator = (bytes: Uint8Array) => FROM_SPACE.every((b, i) => bytes[i] === b);

/**
 * The messages of an mbox, in order. Every line starting with "From " separates (as Python's
 * mailbox and most readers do); the blank line a writer puts after each message is dropped.
 * Text before the first separator is not a message and is returned as `preamble` for the caller to refuse.
 */
export function splitMbox(bytes: Uint8Array): { preamble: boolean; messages: Uint8Array[] } {
  // latin1 maps each byte to one character and back, so any 8-bit content survives the split.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const messages: string[] = [];
  let current: string[] | null = null;
  let preamble = false;
  for (const line of text.split(/(?<=\n)/)) {
    if (line.startsWith('From ')) {
      if (current) messages.push(current.join(''));
      current = [];
    } else if (current) current.push(line.replace(/^>(>*From )/, '$1'));
    else if (line.trim() !== '') preamble = true;
  }
  if (current) messages.push(current.join(''));
  return {
    preamble,
    messages: messages.map((m) => new Uint8Array(Buffer.from(m.replace(/(\r?\n)\r?\n$/, '$1'), 'latin1'))),
  };
}
