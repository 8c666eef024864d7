// The built app on a private port for the browser benchmark: rebuild dist/ when the sources are
// newer, then serve it with `vite preview` as a child process that the caller must stop.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** What a build reads besides src/; a change to any of them also makes dist/ stale. */
const buildInputs = ['src', 'geo', 'scripts/derive', 'index.html', 'vite.config.ts'];

function newestMtimeMs(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtimeMs(join(path, name))), stat.mtimeMs);
}

/** Runs `npx vite build` when dist/ is missing or older than its inputs; returns whether it built. */
export function ensureBuild(root) {
  const builtAt = newestMtimeMs(join(root, 'dist', 'index.html'));
  const changedAt = Math.max(...buildInputs.map((input) => newestMtimeMs(join(root, input))));
  if (builtAt > changedAt) return false;
  console.log('dist/ is missing or older than src/: running `npx vite build`');
  // Build output goes to stderr so that stdout stays the benchmark's table.
  const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status})`);
  return true;
}

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts `vite preview` on 127.0.0.1:`port` and resolves once it says it listens and answers (the
 * first alone could be another server already on the port). The server is the vite process itself,
 * with no npx or npm wrapper in between, so stopping it by its pid leaves nothing behind.
 */
export async function startPreview(root, port, timeoutMs = 30_000) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  // Neither a crash nor Ctrl-C of this script may leave the server holding the port.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.exit(1);
    });
  }

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (!(output.includes(`${url}/`) && (await answers(url)))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`vite preview did not start on ${url}: ${output.trim() || 'timed out'}`);
    }
    await sleep(200);
  }
  return { url, stop };
}
