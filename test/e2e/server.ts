import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface Server {
	url: string;
	stop(): Promise<void>;
}

function freePort(): Promise<number> {
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

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) throw new Error(`sirv exited with ${child.exitCode}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`server at ${url} did not start`);
}

/** Starts sirv on build/ (one PID, so it can be stopped cleanly). */
export async function startServer(dir = 'build'): Promise<Server> {
	const port = await freePort();
	const child = spawn(process.execPath, ['node_modules/sirv-cli/bin.js', dir, '--host', '127.0.0.1', '--port', String(port)], {
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	await waitUntilUp(url, child);
	return {
		url,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', () => resolve());
				child.kill();
			})
	};
}
