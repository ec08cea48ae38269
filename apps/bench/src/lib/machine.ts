// What a reader needs to reproduce a result: the machine, the date and every package version.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const REPO_DIR = join(BENCH_DIR, '..', '..');

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memory: string;
  readonly os: string;
  readonly node: string;
  readonly date: string;
  readonly pinned: string;
}

export function machineInfo(pinned: string): MachineInfo {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${type()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
    pinned,
  };
}

function readVersion(packageJson: string): string | undefined {
  if (!existsSync(packageJson)) return undefined;
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: string }).version;
}

/** name → version of the heartwire packages and the peers the comparison loads. */
export function packageVersions(): [string, string][] {
  const out: [string, string][] = [];
  const packages = join(REPO_DIR, 'packages');
  for (const dir of existsSync(packages) ? readdirSync(packages).sort() : []) {
    const file = join(packages, dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name) out.push([pkg.name, pkg.version ?? '?']);
  }
  for (const name of [
    'socket.io',
    'socket.io-client',
    '@grpc/grpc-js',
    '@grpc/proto-loader',
    'protobufjs',
    'tsx',
  ]) {
    out.push([name, readVersion(join(BENCH_DIR, 'node_modules', name, 'package.json')) ?? 'not installed']);
  }
  return out;
}
