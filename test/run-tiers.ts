/**
 * `npm test`: every tier in order, stopping at the first that fails, then each tier's time.
 * Usage: tsx test/run-tiers.ts [tier …]  (default: all; e.g. `unit` alone is `npm run test:unit`)
 */
import { spawnSync } from 'node:child_process';

const TIERS: { name: string; what: string; command: string[] }[] = [
  { name: 'lint', what: 'ESLint and Prettier', command: ['npm', 'run', '-s', 'lint'] },
  {
    name: 'unit',
    what: 'pipeline, audit rules, src/lib (no build)',
    command: ['npx', 'vitest', 'run', '--project', 'unit'],
  },
  { name: 'types', what: 'astro check', command: ['npx', 'astro', 'check'] },
  { name: 'build', what: 'npm run build', command: ['npm', 'run', '-s', 'build'] },
  { name: 'site', what: 'the built site', command: ['npx', 'vitest', 'run', '--project', 'site'] },
  {
    name: 'browser',
    what: 'Chromium against the built site',
    command: ['npx', 'vitest', 'run', '--project', 'browser'],
  },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !TIERS.some((t) => t.name === w));
if (unknown.length) {
  console.error(`run-tiers: unknown tier ${unknown.join(', ')} (tiers: ${TIERS.map((t) => t.name).join(', ')})`);
  process.exit(2);
}
const times: { name: string; what: string; seconds: number; ok: boolean }[] = [];
for (const tier of TIERS.filter((t) => wanted.length === 0 || wanted.includes(t.name))) {
  console.log(`\n== ${tier.name}: ${tier.what} ==`);
  const start = performance.now();
  const run = spawnSync(tier.command[0]!, tier.command.slice(1), { stdio: 'inherit' });
  const seconds = (performance.now() - start) / 1000;
  times.push({ name: tier.name, what: tier.what, seconds, ok: run.status === 0 });
  if (run.status !== 0) break;
}
console.log('\n== tier times ==');
for (const t of times)
  console.log(`${t.ok ? 'ok  ' : 'FAIL'} ${t.name.padEnd(8)} ${t.seconds.toFixed(1).padStart(7)} s  ${t.what}`);
console.log(
  `     total    ${times
    .reduce((s, t) => s + t.seconds, 0)
    .toFixed(1)
    .padStart(7)} s`,
);
process.exit(times.every((t) => t.ok) ? 0 : 1);
