/**
 * Loads Monaco on demand — never part of the initial bundle — with only the base editor worker and
 * the JSON language worker. Pages import it through staged.ts (`importMonaco`) and `await
 * loadMonaco()` when they first show an editor.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { yieldToMain } from '../yield.ts';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

/** The Monaco API and the JSON language defaults (for schemas). */
export const loadMonaco = async () => ({ monaco, jsonDefaults });

/** The Monaco theme matching the app's theme. */
export const monacoTheme = (): string => (document.documentElement.dataset.theme === 'dark' ? 'vs-dark' : 'vs');

/**
 * Pays Monaco's first-use costs ahead of time, a step per task: the theme and its services, a JSON
 * model, an editor widget, its view, off screen and thrown away. The first editor costs ~5× the next
 * one (code run for the first time, fonts measured, the JSON language loaded), which was a ~1 s task
 * at 4× CPU on opening the Configuration Editor. `gate` (the prefetch's hold) is awaited before the
 * steps that cost most.
 */
export async function warmUp(gate: () => Promise<void> = async () => undefined): Promise<void> {
  await gate();
  if (monaco.editor.getEditors().length) return; // a page was quicker: already warm
  monaco.editor.setTheme(monacoTheme());
  await yieldToMain();
  await gate();
  if (monaco.editor.getEditors().length) return;
  const model = monaco.editor.createModel(JSON.stringify({ warm: { up: [1, true, null, 'text'] } }, null, 2), 'json');
  await yieldToMain();
  await gate();
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:400px;height:200px;visibility:hidden';
  document.body.append(host);
  // The widget, then its view of the model: two tasks, as ConfigEditorPage does.
  const editor = monaco.editor.create(host, { model: null, theme: monacoTheme(), minimap: { enabled: false } });
  await yieldToMain();
  editor.setModel(model);
  // Kept until the browser is idle, so that its first frame and its idle-time parts run here too.
  await new Promise((resolve) =>
    'requestIdleCallback' in globalThis ? requestIdleCallback(resolve, { timeout: 2000 }) : setTimeout(resolve, 1000),
  );
  editor.dispose();
  model.dispose();
  host.remove();
}
