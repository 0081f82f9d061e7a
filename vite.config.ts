import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// No <link rel=modulepreload> injected per dynamic import: the app starts after first paint
	// and its imports fetch what they need; the injected links cost more main thread than they saved.
	build: { modulePreload: false },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30000
	}
});
