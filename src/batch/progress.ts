import { formatSeconds } from './summary.js';

/** Where the run stands, for the progress display. */
export interface ProgressState {
  readonly done: number;
  /** How many inputs there are, once counted (the count runs beside the export). */
  readonly total?: number;
  readonly failed: number;
  readonly elapsedSeconds: number;
}

/** Shows a run's progress; `log` prints a line (a failure, a warning) without breaking the display. */
export interface ProgressView {
  update(state: ProgressState): void;
  log(line: string): void;
  finish(): void;
}

export interface ProgressOptions {
  readonly write: (text: string) => void;
  readonly mode: 'bar' | 'lines' | 'none';
  /** Plain mode: at most one line per this many milliseconds (default 10 s). */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

const BAR_WIDTH = 28;
const BAR_REDRAW_MS = 100;

/**
 * A progress display: a redrawn bar with rate and ETA on a terminal, a plain line every few
 * seconds otherwise (log files, CI), nothing with --quiet. Failure lines are printed in every mode.
 */
export function createProgress(options: ProgressOptions): ProgressView {
  const now = options.now ?? (() => performance.now());
  const interval = options.mode === 'bar' ? BAR_REDRAW_MS : (options.intervalMs ?? 10_000);
  let last = now();
  let shown = '';
  const clear = () => {
    if (shown) options.write('\r\x1b[2K');
  };
  return {
    update(state) {
      if (options.mode === 'none' || now() - last < interval) return;
      last = now();
      if (options.mode === 'lines') return options.write(`newsgraph: ${describe(state)}\n`);
      shown = renderBar(state);
      options.write(`\r\x1b[2K${shown}`);
    },
    log(line) {
      clear();
      options.write(line.endsWith('\n') ? line : `${line}\n`);
      if (shown) options.write(shown);
    },
    finish() {
      clear();
      shown = '';
    },
  };
}

/** `1200 of 10000 articles (12%), 3 failed, 240 articles/s, ETA 36 s` */
export function describe(state: ProgressState): string {
  const rate = state.done / Math.max(state.elapsedSeconds, 1e-3);
  const of = state.total !== undefined ? ` of ${state.total}` : '';
  const percent = state.total ? ` (${Math.floor((100 * state.done) / state.total)}%)` : '';
  const failed = state.failed ? `, ${state.failed} failed` : '';
  return `${state.done}${of} articles${percent}${failed}, ${rate.toFixed(rate < 10 ? 1 : 0)} articles/s${eta(state, rate)}`;
}

function renderBar(state: ProgressState): string {
  const fraction = state.total ? Math.min(1, state.done / state.total) : 0;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = state.total !== undefined ? `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ` : '';
  return `${bar}${describe(state)}`;
}

function eta(state: ProgressState, rate: number): string {
  if (state.total === undefined || rate <= 0 || state.done === 0) return '';
  return `, ETA ${formatSeconds(Math.max(0, state.total - state.done) / rate)}`;
}
