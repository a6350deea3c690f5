/** Receives how long each pipeline stage took, in milliseconds (benchmarks, profiling). */
export type StageTimer = (stage: string, ms: number) => void;

/**
 * A lap clock for an optional timer: each call reports the time since the previous call (or since
 * the clock was made) under a stage name. Without a timer it is undefined, so `clock?.(…)` costs nothing.
 */
export function stageClock(timer: StageTimer | undefined): ((stage: string) => void) | undefined {
  if (!timer) return undefined;
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    timer(stage, now - last);
    last = now;
  };
}
