#!/usr/bin/env node
// Serves the static build on http://127.0.0.1:4173 (PORT to change) and prints the URL.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const port = process.env.PORT ?? '4173';
if (!existsSync('build/index.html')) {
	console.error('build/ is missing: run `npm run build` first (or `npm start`, which builds).');
	process.exit(1);
}
// static-server.mjs: sirv with the build's precompressed .br/.gz files (identity for Range requests).
const child = spawn(
	process.execPath,
	['scripts/static-server.mjs', 'build', '--host', '127.0.0.1', '--port', port],
	{
		stdio: ['ignore', 'ignore', 'inherit']
	}
);
console.log(
	`Mingjing is served at http://127.0.0.1:${port}/ (English: http://127.0.0.1:${port}/en) — Ctrl+C to stop.`
);
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
