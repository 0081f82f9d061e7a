import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Data must never reach the DOM as HTML.
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-explicit-any': 'error',
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// A bilingual choice goes through lib/i18n/localized.ts (inLocale, localized, isEnglish …), the
		// one place that tests the locale; only lib/i18n itself compares with 'en'.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/i18n/**'],
		rules: {
			'no-restricted-syntax': [
				'error',
				...['right', 'left'].map((side) => ({
					selector: `BinaryExpression[operator=/^[!=]==?$/][${side}.type='Literal'][${side}.value='en']`,
					message:
						"Don't compare the locale with 'en': use inLocale / localized / isEnglish from lib/i18n/localized.ts."
				}))
			]
		}
	},
	{
		ignores: ['build/', 'build-*/', '.svelte-kit/', '.svelte-kit-*/', 'static/data/', 'node_modules/', 'tmp/']
	}
);
