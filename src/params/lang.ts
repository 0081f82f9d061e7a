import type { ParamMatcher } from '@sveltejs/kit';

/** The optional first path segment: absent for zh-CN, `en` for English. */
export const match: ParamMatcher = (param) => param === 'en';
