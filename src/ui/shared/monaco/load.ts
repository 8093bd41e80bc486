/**
 * Loads Monaco on demand — never part of the initial bundle — with only the base editor worker and
 * the JSON language worker. Pages `await loadMonaco()` when they first show an editor.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

/** The Monaco API and the JSON language defaults (for schemas). */
export const loadMonaco = async () => ({ monaco, jsonDefaults });

/** The Monaco theme matching the app's theme. */
export const monacoTheme = (): string => (document.documentElement.dataset.theme === 'dark' ? 'vs-dark' : 'vs');
