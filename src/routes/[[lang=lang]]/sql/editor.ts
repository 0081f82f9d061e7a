import { basicSetup } from 'codemirror';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { PostgreSQL, sql } from '@codemirror/lang-sql';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import type { EditorCompletion } from './schema';

/**
 * The SQL editor: CodeMirror 6 with DuckDB-flavoured SQL (PostgreSQL dialect, the closest one),
 * completion of the catalog's tables and columns, Ctrl/Cmd+Enter to run and Alt+↑/↓ to walk the
 * query history. Loaded after first paint; the prerendered <textarea> stands in until then.
 */
export interface EditorHandle {
	getDoc(): string;
	setDoc(text: string): void;
	setCompletion(completion: EditorCompletion): void;
	moveTo(line: number, column: number): void;
	focus(): void;
	destroy(): void;
}

export interface EditorOptions {
	parent: HTMLElement;
	doc: string;
	completion: EditorCompletion;
	label: string;
	onRun: () => void;
	onHistory: (step: -1 | 1) => void;
}

/** Token colours with at least 4.5:1 contrast on white (CodeMirror's default orange does not). */
const HIGHLIGHT = HighlightStyle.define([
	{ tag: tags.keyword, color: '#6f2da8' },
	{ tag: [tags.string, tags.special(tags.string)], color: '#a31515' },
	{ tag: [tags.number, tags.bool, tags.null, tags.atom], color: '#116644' },
	{ tag: [tags.lineComment, tags.blockComment, tags.comment], color: '#5b6670', fontStyle: 'italic' },
	{ tag: [tags.typeName, tags.standard(tags.name)], color: '#1f5f8b' },
	{ tag: tags.operator, color: '#3d4750' },
	{ tag: tags.invalid, color: '#b00020' }
]);

function language(completion: EditorCompletion) {
	const support = sql({ dialect: PostgreSQL, schema: completion.schema, upperCaseKeywords: true });
	return [support, support.language.data.of({ autocomplete: completion.inScope })];
}

export function createEditor(options: EditorOptions): EditorHandle {
	const languageSlot = new Compartment();
	const keys = Prec.highest(
		keymap.of([
			{ key: 'Mod-Enter', run: () => (options.onRun(), true) },
			{ key: 'Alt-ArrowUp', run: () => (options.onHistory(-1), true) },
			{ key: 'Alt-ArrowDown', run: () => (options.onHistory(1), true) }
		])
	);
	const view = new EditorView({
		parent: options.parent,
		state: EditorState.create({
			doc: options.doc,
			extensions: [
				keys,
				syntaxHighlighting(HIGHLIGHT),
				basicSetup,
				languageSlot.of(language(options.completion)),
				EditorView.lineWrapping,
				// tabindex: the editable content is in the tab order anyway; axe counts only a tabindex as
				// focusable, and without it calls the editor's scroller (it scrolls on phones) unreachable.
				EditorView.contentAttributes.of({
					'aria-label': options.label,
					'data-testid': 'sql-editor-content',
					tabindex: '0'
				})
			]
		})
	});
	return {
		getDoc: () => view.state.doc.toString(),
		setDoc: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
		setCompletion: (completion) => view.dispatch({ effects: languageSlot.reconfigure(language(completion)) }),
		moveTo: (line, column) => {
			const target = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
			const anchor = Math.min(target.from + column - 1, target.to);
			view.dispatch({ selection: { anchor }, scrollIntoView: true });
			view.focus();
		},
		focus: () => view.focus(),
		destroy: () => view.destroy()
	};
}
