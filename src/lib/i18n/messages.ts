import { en as coreEn } from './en';
import { zhCN as coreZh } from './zh-CN';
import * as audit from './features/audit';
import * as dashboards from './features/dashboards';
import * as environment from './features/environment';
import * as importPage from './features/import-page';
import * as sql from './features/sql';
import * as imported from './features/imported';
import * as polish from './features/polish';
import * as compare from './features/compare';
import * as story from './features/story';
import type { Locale } from './locales';

/* The core catalog plus one catalog per feature, merged; each feature's keys carry its prefix. */
const zhCN = {
	...coreZh,
	...dashboards.zh,
	...environment.zh,
	...sql.zh,
	...audit.zh,
	...imported.zh,
	...importPage.zh,
	...polish.zh,
	...compare.zh,
	...story.zh
};

export type MessageKey = keyof typeof zhCN;

const en: Record<MessageKey, string> = {
	...coreEn,
	...dashboards.en,
	...environment.en,
	...sql.en,
	...audit.en,
	...imported.en,
	...importPage.en,
	...polish.en,
	...compare.en,
	...story.en
};

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type MessageParams = Record<string, string | number>;

/** Looks up a UI string and fills `{name}` placeholders. Values are text, never HTML. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
	const template = CATALOGS[locale][key];
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** A translator bound to one locale, for components. */
export function translator(locale: Locale) {
	return (key: MessageKey, params?: MessageParams) => t(locale, key, params);
}
