// Errors that carry an exit code. A user error prints one line and exits 2; no stack trace.

export class ClaimcheckError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'ClaimcheckError';
  }
}

/** A problem with the command line, a path or a config file. */
export class UsageError extends ClaimcheckError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}
