/**
 * Lines out of text that arrives in chunks, ended as readline ends them (\\n, \\r\\n, or a lone
 * \\r): each chunk gives the lines it completes, so a caller answers a line as soon as it arrives
 * and can batch the lines of a big chunk. A long line held over many chunks is joined once.
 */
export class LineReader {
  private held: string[] = [];

  /** The lines this chunk completes. */
  push(chunk: string): string[] {
    const lines: string[] = [];
    const ends = /\r\n|\n|\r/g;
    let from = 0;
    const last = this.held.at(-1);
    if (last?.endsWith('\r')) {
      // The previous chunk ended on \r: a line ends there, with the \n this chunk may start with.
      this.held[this.held.length - 1] = last.slice(0, -1);
      lines.push(this.held.join(''));
      this.held = [];
      from = ends.lastIndex = chunk.startsWith('\n') ? 1 : 0;
    }
    if (!chunk.includes('\r')) {
      // The usual text: every break is a \n, found by indexOf (a third of the regular expression's time).
      for (let at = chunk.indexOf('\n', from); at >= 0; at = chunk.indexOf('\n', from)) {
        this.take(chunk.slice(from, at), lines);
        from = at + 1;
      }
      if (from < chunk.length) this.held.push(chunk.slice(from));
      return lines;
    }
    for (let m = ends.exec(chunk); m; m = ends.exec(chunk)) {
      // A \r at the very end may be the first half of a \r\n: wait for the next chunk.
      if (m[0] === '\r' && m.index === chunk.length - 1) break;
      this.take(chunk.slice(from, m.index), lines);
      from = m.index + m[0].length;
    }
    if (from < chunk.length) this.held.push(chunk.slice(from));
    return lines;
  }

  /** Ends a line with `piece`, joined to what earlier chunks held of it. */
  private take(piece: string, lines: string[]): void {
    if (this.held.length) {
      this.held.push(piece);
      lines.push(this.held.join(''));
      this.held = [];
    } else lines.push(piece);
  }

  /** The last line, when the text did not end with a line break. */
  end(): string[] {
    const rest = this.held.join('');
    this.held = [];
    return rest === '' ? [] : [rest.endsWith('\r') ? rest.slice(0, -1) : rest];
  }
}
