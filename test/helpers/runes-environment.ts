import { builtinEnvironments, type Environment } from 'vitest/runtime';

/**
 * Node, but modules transformed as for the browser: Svelte then compiles rune classes to its client
 * runtime, where $state and $effect run (its server build makes $effect a no-op). Used by the
 * `runes` project of vite.config.ts for *.svelte.test.ts.
 */
export default {
	name: 'runes',
	viteEnvironment: 'client',
	setup: builtinEnvironments.node.setup
} satisfies Environment;
