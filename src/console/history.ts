/**
 * Command history for the up and down arrows. Walking up keeps what was being typed, so walking
 * back down past the newest entry restores it, as a shell does.
 */
export class CommandHistory {
  private readonly entries: string[] = [];
  /** entries.length means "not browsing": the line being typed. */
  private index = 0;
  private draft = '';

  constructor(private readonly limit = 500) {}

  /** Records a command (not blanks, not a repeat of the last one) and stops browsing. */
  add(line: string): void {
    if (line.trim() !== '' && this.entries[this.entries.length - 1] !== line) {
      this.entries.push(line);
      if (this.entries.length > this.limit) this.entries.shift();
    }
    this.index = this.entries.length;
    this.draft = '';
  }

  /** The older entry (↑), or null at the oldest; `current` is kept as the draft when browsing starts. */
  previous(current: string): string | null {
    if (this.index === this.entries.length) this.draft = current;
    if (this.index === 0) return null;
    return this.entries[--this.index];
  }

  /** The newer entry (↓), the draft after the newest, or null when not browsing. */
  next(): string | null {
    if (this.index >= this.entries.length) return null;
    this.index++;
    return this.index === this.entries.length ? this.draft : this.entries[this.index];
  }

  /** Everything recorded, oldest first. */
  list(): readonly string[] {
    return [...this.entries];
  }
}
