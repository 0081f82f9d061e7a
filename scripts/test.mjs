#!/usr/bin/env node
// Runs every check and test, then prints one plain line `N passed, N failed` (read by CI).
// Steps: Chromium present? → data build → svelte-check → unit tests → site build → e2e tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const results = { passed: 0, failed: 0 };
mkdirSync('tmp', { recursive: true });

function step(name, command, args, env = {}) {
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return run.status === 0;
}

function countVitest(file) {
	if (!existsSync(file)) return false;
	const report = JSON.parse(readFileSync(file, 'utf8'));
	results.passed += report.numPassedTests;
	results.failed += report.numFailedTests + (report.numTotalTestSuites === 0 ? 1 : 0);
	return true;
}

function finish(extraFailure) {
	if (extraFailure) results.failed += 1;
	console.log(`\n${results.passed} passed, ${results.failed} failed`);
	process.exit(results.failed > 0 ? 1 : 0);
}

if (!existsSync(chromium)) {
	console.error(
		`Chromium not found at ${chromium}. End-to-end tests need it; install it with\n` +
			'  sudo apt-get install -y chromium fonts-noto-cjk\n' +
			'or set CHROMIUM_PATH to a Chromium/Chrome binary. Tests are never skipped.'
	);
	finish(true);
}

const gates = [
	['data build', 'npm', ['run', '--silent', 'data']],
	['type check', 'npm', ['run', '--silent', 'check']],
	['lint', 'npm', ['run', '--silent', 'lint']]
];
for (const [name, command, args] of gates) {
	if (!step(name, command, args)) {
		console.error(`✗ ${name} failed`);
		finish(true);
	}
}

const vitest = 'node_modules/vitest/vitest.mjs';
step('unit tests', 'node', [
	vitest,
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=tmp/unit.json'
]);
if (!countVitest('tmp/unit.json')) results.failed += 1;

if (!step('site build', 'npm', ['run', '--silent', 'build'])) finish(true);
step('end-to-end tests', 'node', [
	vitest,
	'run',
	'--config',
	'test/e2e/vitest.config.ts',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=tmp/e2e.json'
]);
if (!countVitest('tmp/e2e.json')) results.failed += 1;
finish(false);
