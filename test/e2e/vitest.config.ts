import { defineConfig } from 'vitest/config';

// End-to-end tests against the built static site (build/) in Debian's Chromium.
export default defineConfig({
	test: {
		include: ['test/e2e/**/*.test.ts'],
		globalSetup: ['test/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60000,
		hookTimeout: 60000
	}
});
