import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';
import type { Locale } from './locales';

export type { MessageKey };

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
