// Serves a static build with sirv, every response with the site's security headers
// (security-headers.mjs): precompressed .br/.gz siblings (written by precompress.mjs) go
// to clients that accept them, with Content-Encoding and Vary: Accept-Encoding. Run directly
// (`node scripts/static-server.mjs build --host 127.0.0.1 --port N`, one PID) or through
// startServer, which bench and e2e share.
import { spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { securityHeaders } from './security-headers.mjs';

// sirv through sirv-cli's own dependency (the package we pin), not a hoisting accident.
const require = createRequire(import.meta.url);
const sirv = createRequire(require.resolve('sirv-cli/package.json'))('sirv');

/**
 * sirv 3.0.2 answers a Range request with bytes of the .br/.gz and `Content-Encoding` (checked in
 * node_modules/sirv/build.js), but hyparquet and DuckDB ask for byte offsets in the file itself:
 * a ranged request is therefore served from the identity file.
 * @param {string} dir
 */
export function staticHandler(dir) {
	const serve = sirv(dir, { brotli: true, gzip: true, etag: false, dev: false });
	const headers = Object.entries(securityHeaders());
	/** @type {import('node:http').RequestListener} */
	return (req, res) => {
		for (const [name, value] of headers) res.setHeader(name, value);
		if (req.headers.range) delete req.headers['accept-encoding'];
		serve(req, res);
	};
}

function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

export async function startServer(dir = 'build') {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[fileURLToPath(import.meta.url), dir, '--host', '127.0.0.1', '--port', String(port)],
		{ stdio: 'ignore' }
	);
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		url,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', resolve);
				child.kill();
			})
	};
}

/** @param {string[]} args @param {string} name @param {string} fallback */
function option(args, name, fallback) {
	const at = args.indexOf(name);
	return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const args = process.argv.slice(2);
	const dir = args[0] && !args[0].startsWith('--') ? args[0] : 'build';
	const server = createHttpServer(staticHandler(dir));
	// A taken port is an error here (sirv-cli would silently pick another one).
	server.on('error', (error) => {
		console.error(`static-server: ${error.message}`);
		process.exit(1);
	});
	server.listen(Number(option(args, '--port', '4173')), option(args, '--host', '127.0.0.1'));
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
}
