// The demo's output: every line stamped with the time since the demo started, the name of the
// process it came from, and a marker — `│` for what a program printed, `>` for what was typed into
// it, `✓` for a step the demo verified. Colour only on a terminal (and never with NO_COLOR).

const CODES = { dim: 2, bold: 1, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36 } as const;
type Style = keyof typeof CODES;

export class Timeline {
  readonly startedAt = Date.now();
  readonly #write: (text: string) => void;
  readonly #color: boolean;
  readonly #styles = new Map<string, Style>();
  readonly #width: number;

  constructor(options: { write?: (text: string) => void; color?: boolean; names?: readonly string[] } = {}) {
    this.#write = options.write ?? ((text) => process.stdout.write(text));
    this.#color = options.color ?? (process.stdout.isTTY === true && process.env.NO_COLOR === undefined);
    const names = options.names ?? [];
    this.#width = Math.max(6, ...names.map((n) => n.length));
    const palette: Style[] = ['yellow', 'cyan', 'green', 'magenta', 'blue'];
    names.forEach((name, i) => {
      this.#styles.set(name, palette[i % palette.length]!);
    });
  }

  /** Seconds since the start, e.g. 3.2. */
  get seconds(): number {
    return (Date.now() - this.startedAt) / 1000;
  }

  title(text: string): void {
    this.#line(this.#paint('bold', text));
  }

  text(text: string): void {
    this.#line(text);
  }

  step(index: number, total: number, text: string): void {
    this.#line('');
    this.#line(this.#paint('bold', `── ${index}/${total} ${text}`));
  }

  /** A line a program printed. */
  output(who: string, line: string): void {
    this.#line(`${this.#stamp()} ${this.#name(who)} ${this.#paint('dim', '│')} ${line}`);
  }

  /** A line typed into a program, or a signal sent to it. */
  input(who: string, line: string): void {
    this.#line(
      `${this.#stamp()} ${this.#name(who)} ${this.#paint('bold', '>')} ${this.#paint('bold', line)}`,
    );
  }

  /** A step verified. */
  ok(text: string): void {
    this.#line(`${this.#stamp()} ${' '.repeat(this.#width)} ${this.#paint('green', `✓ ${text}`)}`);
  }

  fail(text: string): void {
    this.#line(this.#paint('red', `✖ ${text}`));
  }

  #stamp(): string {
    return this.#paint('dim', `[${this.seconds.toFixed(1).padStart(4)}s]`);
  }

  #name(who: string): string {
    const style = this.#styles.get(who);
    const padded = who.padEnd(this.#width);
    return style ? this.#paint(style, padded) : padded;
  }

  #paint(style: Style, text: string): string {
    return this.#color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
  }

  #line(text: string): void {
    this.#write(`${text}\n`);
  }
}
