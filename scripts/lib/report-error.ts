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
 */
export class Problems {
  readonly errors: ReportError[] = [];
  constructor(readonly file: string) {}

  error(line: number | null, detail: string): ReportError {
    const err = new ReportError(this.file, line, detail);
    this.errors.push(err);
    return err;
  }

  /** Runs `fn`; a ReportError it throws is recorded and `fallback` returned. */
  attempt<T>(fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof ReportError) {
        if (!this.errors.includes(e)) this.errors.push(e);
        return fallback;
      }
      throw e;
    }
  }
}
