import { dictionaryCsv } from '$lib/model/dictionary';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The data dictionary as a file: every table and column with type, unit and meaning (zh/en). */
export const GET: RequestHandler = () =>
	new Response(`\uFEFF${dictionaryCsv()}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
