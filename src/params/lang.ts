import type { ParamMatcher } from '@sveltejs/kit';
import { isLocaleSegment } from '$lib/i18n/locales';

/** The optional first path segment: absent for zh-CN, `en` for English. */
export const match: ParamMatcher = (param) => isLocaleSegment(param);
