// Helpers for scripts/bench.mjs: running a command with wall time and peak RSS, statistics, output.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync, statSync, readSync } from 'node:fs';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const running = new Set();

/** Kill every child started by runTimed that is still running (their process groups). */
export function killRunning() {
  for (const pid of running) try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
}
let gnuTimeOk;

/** True when GNU time can report the peak RSS of a child (`-f %M -o FILE`). */
function hasGnuTime(tmp) {
  if (gnuTimeOk !== undefined) return gnuTimeOk;
  gnuTimeOk = false;
  if (!existsSync(GNU_TIME)) return gnuTimeOk;
  const out = join(tmp, 'time-probe.txt');
  const r = spawnSync(GNU_TIME, ['-f', '%M', '-o', out, process.execPath, '-e', ''], { stdio: 'ignore' });
  gnuTimeOk = r.status === 0 && existsSync(out) && /^\d+\s*$/m.test(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  return gnuTimeOk;
}

/** Split a command string on whitespace; a leading `node` becomes the running Node binary. */
export function parseCommand(cmd) {
  const argv = cmd.trim().split(/\s+/);
  if (argv[0] === 'node') argv[0] = process.execPath;
  return argv;
}

/** Peak RSS of a running process from /proc, polled until it exits (Linux without GNU time). */
function pollHwm(pid) {
  let kb = 0;
  const read = () => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb = Math.max(kb, Number(m[1]));
    } catch { /* gone */ }
  };
  read();
  const timer = setInterval(read, 20);
  return { stop: () => (clearInterval(timer), kb || null) };
}

/**
 * Run argv with stdout written to `stdoutFile` (or discarded). Resolves to
 * { ms, rssMB, code, signal, stderr, timedOut } where rssMB is the child's peak resident set (null if
 * unknown). After `timeoutMs` the child's whole process group is killed.
 */
export function runTimed(argv, { stdoutFile, cwd, tmp, timeoutMs = 0 }) {
  const useTime = hasGnuTime(tmp);
  const rssFile = join(tmp, `rss-${process.pid}-${Date.now()}.txt`);
  const full = useTime ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(full[0], full.slice(1), { cwd, stdio: ['ignore', out, 'pipe'], detached: true });
    running.add(child.pid);
    const poll = useTime ? null : pollHwm(child.pid);
    let timedOut = false;
    const timer = timeoutMs > 0 && setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }, timeoutMs);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-20000); });
    child.on('error', (err) => { if (typeof out === 'number') closeSync(out); reject(err); });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      running.delete(child.pid);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (typeof out === 'number') closeSync(out);
      let kb = poll ? poll.stop() : null;
      if (useTime && existsSync(rssFile)) {
        // GNU time writes "Command exited with non-zero status N" before the figure.
        const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
        const n = Number(lines[lines.length - 1]);
        if (Number.isFinite(n) && n > 0) kb = n;
        rmSync(rssFile, { force: true });
      }
      resolve({ ms, rssMB: kb ? kb / 1024 : null, code, signal, stderr, timedOut });
    });
  });
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Number of newline-terminated lines in a file, and whether its last line parses as JSON. */
export function inspectJsonl(file) {
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  let lines = 0, pos = 0, n;
  try {
    while ((n = readSync(fd, buf, 0, buf.length, pos)) > 0) {
      for (let i = buf.indexOf(10, 0); i !== -1 && i < n; i = buf.indexOf(10, i + 1)) lines++;
      pos += n;
    }
    const tailLen = Math.min(size, 1 << 20);
    const tail = Buffer.alloc(tailLen);
    readSync(fd, tail, 0, tailLen, size - tailLen);
    const last = tail.toString('utf8').trimEnd().split('\n').pop();
    let valid = false;
    try { JSON.parse(last); valid = true; } catch { /* not JSON */ }
    return { size, lines, valid };
  } finally {
    closeSync(fd);
  }
}

export const fmt = {
  s: (ms) => `${(ms / 1000).toFixed(2)} s`,
  mb: (bytes) => `${(bytes / 1e6).toFixed(1)} MB`,
  rss: (mb) => (mb == null ? 'n/a' : `${Math.round(mb)} MB`),
  x: (v, d = 2) => (v == null || !Number.isFinite(v) ? 'n/a' : v.toFixed(d)),
  int: (n) => Math.round(n).toLocaleString('en-US'),
};

/** Plain-text table; rows are arrays of cells, the first row is the header. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/**
 * Dense inputs of about `bytes` bytes, by name: one figure repeated (`1 `, `$1 `, `5% `), a table of
 * 10,000 columns, and one long sentence with no full stop made of `sentence` repeated.
 */
export function denseTexts(bytes, sentence = 'the plant employs 310 people and ships 42 tonnes a day for 7 clients ') {
  const repeat = (unit) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  const cols = 10_000;
  const header = `| ${Array.from({ length: cols }, (_, i) => `Q${(i % 4) + 1} ${2000 + (i % 25)}`).join(' | ')} |\n`;
  const rule = `|${' --- |'.repeat(cols)}\n`;
  const rows = [header, rule];
  let size = header.length + rule.length;
  for (let k = 0; size < bytes; k++) {
    const row = `| ${Array.from({ length: cols }, (_, i) => `${(i * 7 + k) % 997}`).join(' | ')} |\n`;
    rows.push(row);
    size += row.length;
  }
  return {
    'ones.txt': repeat('1 '),
    'dollars.txt': repeat('$1 '),
    'percents.txt': repeat('5% '),
    'table.md': rows.join(''),
    'sentence.txt': repeat(sentence),
  };
}
