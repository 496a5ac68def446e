/** A problem with the input report, located at a line (1-based) of a file. */
export class ReportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly detail: string,
  ) {
    super(line === null ? `${file}: ${detail}` : `${file}:${line}: ${detail}`);
    this.name = 'ReportError';
  }
}

/** Several report problems found in one run; the CLI prints one line each. */
export class ReportErrors extends Error {
  constructor(readonly errors: ReportError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ReportErrors';
  }
}

/**
 * Collects problems while a parser keeps going, so one run reports all of them.
 * `error` records a problem and returns it (to throw or not); `attempt` records what a step throws and goes on.
 * In a cut-off report, a problem on the line it breaks off at (`cutLine`), or a sentence found missing from line
 * `softFrom` on (the section it breaks off in), is a warning instead: the figure it is about is left out, never
 * guessed. A damaged figure elsewhere stays an error.
 */
export class Problems {
  readonly errors: ReportError[] = [];
  readonly warnings: ReportError[] = [];
  constructor(
    readonly file: string,
    readonly softFrom: number | null = null,
    readonly cutLine: number | null = null,
  ) {}

  /** Whether a problem is a warning: it is about where a cut-off report breaks off. */
  isSoft(err: ReportError): boolean {
    if (err.line === null || this.softFrom === null) return false;
    return err.line === this.cutLine || (err.line >= this.softFrom && /found none$/.test(err.detail));
  }

  private record(err: ReportError): void {
    if (this.isSoft(err)) {
      if (!this.warnings.some((w) => w.message === err.message)) this.warnings.push(err);
    } else if (!this.errors.includes(err)) this.errors.push(err);
  }

  error(line: number | null, detail: string): ReportError {
    const err = new ReportError(this.file, line, detail);
    this.record(err);
    return err;
  }

  /** Runs `fn`; a ReportError it throws is recorded and `fallback` returned. */
  attempt<T>(fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof ReportError) {
        this.record(e);
        return fallback;
      }
      throw e;
    }
  }
}
