// Starts sirv on build/ on a free loopback port: one PID, stopped cleanly (bench and e2e share it).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

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
		['node_modules/sirv-cli/bin.js', dir, '--host', '127.0.0.1', '--port', String(port)],
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
