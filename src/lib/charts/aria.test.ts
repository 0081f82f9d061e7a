import { describe, expect, it } from 'vitest';
import { withAriaDescription } from './aria';

describe('withAriaDescription', () => {
	it('keeps the option and sets aria on with the summary as description', () => {
		const option = { title: { text: 'x' }, aria: { enabled: true, decal: { show: true } } };
		expect(withAriaDescription(option, '2022 年决算：基本支出 2,966.94 万元')).toEqual({
			title: { text: 'x' },
			aria: {
				enabled: true,
				decal: { show: true },
				label: { enabled: true, description: '2022 年决算：基本支出 2,966.94 万元' }
			}
		});
	});
});
// ECharts sets the description as the container's aria-label in the browser only (its SSR has no
// DOM: lib/visual/aria.js "TODO: support for SSR"); the e2e tests check the live chart's label.
