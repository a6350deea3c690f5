import { printable } from './util/message-text.js';

/**
 * Typed errors. Library code throws them; the CLI maps each to its exit code and prints one line.
 * Codes are dotted strings (exporter.input.notFound) that tests and scripts can match.
 */
export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  input: 3,
  validation: 4,
  serialization: 5,
  network: 6,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface ErrorDetails {
  /** The file (or other source) the error is about. */
  file?: string;
  /** Where in it: a line, an offset, a JSON path. */
  where?: string;
  /** What the user can do about it. */
  hint?: string;
  [key: string]: unknown;
}

export class ExporterError extends Error {
  readonly code: string;
  readonly exitCode: ExitCode;
  readonly details: ErrorDetails;

  constructor(message: string, code: string, exitCode: ExitCode, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = exitCode;
    this.details = details;
  }

  /** One line for a person: file, what is wrong, what to do. */
  toLine(): string {
    const where = [this.details.file, this.details.where].filter(Boolean).join(':');
    const hint = this.details.hint ? ` (${this.details.hint})` : '';
    return printable(`${where ? where + ': ' : ''}${this.message}${hint}`);
  }
}

/** A wrong command line: unknown option, bad format name. */
export class UsageError extends ExporterError {
  constructor(message: string, code = 'exporter.usage', details: ErrorDetails = {}) {
    super(message, code, ExitCode.usage, details);
  }
}

/** An input that cannot be read or is not an article. */
export class InputError extends ExporterError {
  constructor(message: string, code: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, code, ExitCode.input, details, options);
  }
}

/** A model or graph that breaks the schema or the shapes. */
export class ModelValidationError extends ExporterError {
  readonly problems: string[];
  constructor(message: string, problems: string[], details: ErrorDetails = {}, code = 'exporter.validation.model') {
    super(message, code, ExitCode.validation, details);
    this.problems = problems;
  }
}

/** A graph that cannot be written in a format. */
export class SerializationError extends ExporterError {
  constructor(message: string, code: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, code, ExitCode.serialization, details, options);
  }
}

/** A remote store that cannot be reached or refuses the data. */
export class NetworkError extends ExporterError {
  constructor(message: string, code: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, code, ExitCode.network, details, options);
  }
}
