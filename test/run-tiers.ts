/**
 * `npm test`: every tier, stage by stage, stopping after the first stage in which a tier fails; then each tier's time.
 * The tiers of one stage run side by side, each printing its whole output when it ends: the machine has 2 cores, and
 * astro check, ESLint and a site build use one core each, and the site tier's builds take turns (withBuildLock() in
 * test/browser/helpers.ts).
 * Usage: tsx test/run-tiers.ts [tier …]  (default: all; e.g. `unit` alone is `npm run test:unit`)
 */
import { spawn } from 'node:child_process';

interface Tier {
  name: string;
  what: string;
  command: string[];
}

const vitest = (project: string) => ['npx', 'vitest', 'run', '--project', project];

/** The stages in order; a stage starts when the one before it has passed. */
const STAGES: Tier[][] = [
  [
    { name: 'lint', what: 'ESLint and Prettier', command: ['npm', 'run', '-s', 'lint'] },
    { name: 'types', what: 'astro check', command: ['npx', 'astro', 'check'] },
  ],
  // unit beside lint and types took as long as the three one after another; beside the build (one core, and no
  // unit test reads dist/) the two took 42 s against 32 + 22 s in turn
  [
    { name: 'unit', what: 'pipeline, audit rules, src/lib (no build)', command: vitest('unit') },
    // and then the deployed build the browser tier reuses (Lighthouse, QR codes): made here, beside the unit tier,
    // it is not made in the next stage, where it waited for the site tier's builds
    {
      name: 'build',
      what: 'npm run build, then the deployed build',
      command: ['sh', '-c', 'npm run -s build && npx tsx test/deployed-build.ts'],
    },
  ],
  [
    { name: 'site', what: 'the built site', command: vitest('site') },
    { name: 'browser', what: 'Chromium against the built site', command: vitest('browser') },
  ],
];
const TIERS = STAGES.flat();

interface Result {
  tier: Tier;
  seconds: number;
  ok: boolean;
}

/** Runs a tier, holding its output (stdout and stderr as they came) until it ends; alone, it prints as it goes. */
function run(tier: Tier, alone: boolean): Promise<Result> {
  const start = performance.now();
  const child = spawn(tier.command[0]!, tier.command.slice(1), {
    stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    // colours survive the pipe
    env: alone ? process.env : { FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...process.env },
  });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((done) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (!alone) {
        console.log(`\n== ${tier.name}: ${tier.what} (${seconds.toFixed(1)} s) ==`);
        process.stdout.write(Buffer.concat(output));
      }
      done({ tier, seconds, ok: code === 0 });
    });
  });
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !TIERS.some((t) => t.name === w));
if (unknown.length) {
  console.error(`run-tiers: unknown tier ${unknown.join(', ')} (tiers: ${TIERS.map((t) => t.name).join(', ')})`);
  process.exit(2);
}
const results: Result[] = [];
const started = performance.now();
for (const stage of STAGES) {
  const tiers = stage.filter((t) => wanted.length === 0 || wanted.includes(t.name));
  if (tiers.length === 0) continue;
  if (tiers.length === 1) console.log(`\n== ${tiers[0]!.name}: ${tiers[0]!.what} ==`);
  else console.log(`\n== ${tiers.map((t) => t.name).join(', ')}: side by side; each prints when it ends ==`);
  const done = await Promise.all(tiers.map((t) => run(t, tiers.length === 1)));
  results.push(...done);
  if (done.some((r) => !r.ok)) break;
}
console.log('\n== tier times ==');
for (const { tier, seconds, ok } of results)
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${tier.name.padEnd(8)} ${seconds.toFixed(1).padStart(7)} s  ${tier.what}`);
console.log(`     total    ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s  (wall clock)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
