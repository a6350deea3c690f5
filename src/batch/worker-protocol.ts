import { ExporterError, type ErrorDetails, type ExitCode } from '../errors.js';
import type { MorphologyBuffers } from '../segment/morphology-files.js';
import type { BatchSettings, TaskResult, WorkItem } from './types.js';

/** What each worker starts with: the run's settings and the dictionaries the threads share. */
export interface WorkerData {
  readonly settings: BatchSettings;
  readonly morphologyBuffers: MorphologyBuffers;
}

/** Main thread → worker. */
export type ToWorker = { readonly type: 'item'; readonly item: WorkItem };

/** Worker → main thread. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'init-failed'; readonly error: SerializedError }
  | { readonly type: 'result'; readonly result: TaskResult };

/** An error as it crosses threads: typed errors keep their code, exit code and details. */
export interface SerializedError {
  readonly message: string;
  readonly code?: string;
  readonly exitCode?: ExitCode;
  readonly details?: ErrorDetails;
}

export function serializeError(e: unknown): SerializedError {
  if (e instanceof ExporterError) return { message: e.message, code: e.code, exitCode: e.exitCode, details: { ...e.details } };
  return { message: e instanceof Error ? e.message : String(e) };
}

/** The error again on this side: an ExporterError when it was one, else a plain Error (a bug). */
export function deserializeError(e: SerializedError): Error {
  if (e.code !== undefined && e.exitCode !== undefined) return new ExporterError(e.message, e.code, e.exitCode, e.details ?? {});
  return new Error(e.message);
}
