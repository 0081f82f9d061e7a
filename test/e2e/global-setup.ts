import { startServer, type Server } from './server';
import type { TestProject } from 'vitest/node';

let server: Server | undefined;

/** Serves build/ with sirv on a free loopback port for the whole e2e run. */
export async function setup(project: TestProject) {
	server = await startServer();
	project.provide('baseURL', server.url);
}

export async function teardown() {
	await server?.stop();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}
