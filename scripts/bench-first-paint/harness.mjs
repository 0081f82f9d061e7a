// Builds the plain ECharts reference page (index.html + main.ts) into tmp/bench-first-paint with
// the overview's first chart option baked in, and precompresses it as the site's build is, so
// both pages are served the same way in the same run.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { build, createServer } from 'vite';

export const PLAIN_DIR = path.resolve('tmp/bench-first-paint');
const ROOT = path.resolve('scripts/bench-first-paint');
const alias = { $lib: path.resolve('src/lib') };

/** The option, computed by the site's own query and chart code through Vite's SSR loader. */
async function firstChartOption() {
	const server = await createServer({
		configFile: false,
		logLevel: 'error',
		appType: 'custom',
		resolve: { alias },
		server: { middlewareMode: true, hmr: false },
		optimizeDeps: { noDiscovery: true }
	});
	try {
		const module = await server.ssrLoadModule(path.join(ROOT, 'option.ts'));
		return await module.firstChartOption();
	} finally {
		await server.close();
	}
}

export async function buildPlainPage() {
	const option = await firstChartOption();
	await build({
		root: ROOT,
		configFile: false,
		logLevel: 'warn',
		base: './',
		resolve: { alias },
		define: { __FIRST_CHART_OPTION__: JSON.stringify(option) },
		build: { outDir: PLAIN_DIR, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 100000 }
	});
	execFileSync(process.execPath, ['scripts/precompress.mjs', PLAIN_DIR], { stdio: 'ignore' });
	return PLAIN_DIR;
}
