import { startServer } from '../../scripts/static-server.mjs';
import type { TestProject } from 'vitest/node';

let stop: (() => Promise<unknown>) | undefined;

/** Serves build/ with sirv on a free loopback port for the whole e2e run. */
export async function setup(project: TestProject) {
	const server = await startServer(process.env.BUILD_DIR ?? 'build');
	stop = server.stop;
	project.provide('baseURL', server.url);
}

export async function teardown() {
	await stop?.();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}
