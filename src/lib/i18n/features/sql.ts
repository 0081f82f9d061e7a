/**
 * UI strings of the sql feature. zh-CN is the reference; the type of `en` makes the compiler
 * reject a missing English string. Keys are prefixed `sql_` so catalogs never collide.
 */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
