// Runs the CLI as a child process and samples its resident memory from /proc (main thread and workers).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Runs `node script args…`; resolves to wall seconds, exit code, stderr and RSS samples ({t, mb}) with the peak. */
export function runNode(script, args, { sampleMs = 200 } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const samples = [];
    let peak = 0;
    const sample = () => {
      const status = readStatus(child.pid);
      if (!status || status.rss === 0) return; // gone, or exiting: its memory is already released
      samples.push({ t: (performance.now() - started) / 1000, mb: status.rss });
      peak = Math.max(peak, status.hwm);
    };
    const timer = setInterval(sample, sampleMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, code, stderr, samples, peakMb: peak });
    });
  });
}

function readStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/** RSS at a quarter, half, three quarters and the end of a run (to show it stays flat). */
export function rssQuartiles(samples) {
  if (samples.length === 0) return [];
  return [0.25, 0.5, 0.75, 1].map((q) => Math.round(samples[Math.min(samples.length - 1, Math.floor(q * (samples.length - 1)))].mb));
}
