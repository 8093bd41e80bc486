/**
 * Monaco for the DLP pages, loaded on first use: a plain-text editor for sample text and a
 * one-line variant for regular expressions (Enter is swallowed, pasted line breaks removed).
 */
import { importMonaco } from '../shared/monaco/staged.ts';

export type Monaco = Awaited<ReturnType<(typeof import('../shared/monaco/load.ts'))['loadMonaco']>>['monaco'];
export type Editor = ReturnType<Monaco['editor']['create']>;
type CreateOptions = NonNullable<Parameters<Monaco['editor']['create']>[1]>;

/** Imports Monaco lazily (its own chunk, never the initial bundle). */
export async function monaco(): Promise<{ monaco: Monaco; theme: string }> {
  const { loadMonaco, monacoTheme } = await importMonaco();
  return { monaco: (await loadMonaco()).monaco, theme: monacoTheme() };
}

/** Creates an editor in `host`; `oninput` gets the text after every change. Returns the editor. */
export async function createEditor(
  host: HTMLElement,
  opts: { value: string; label: string; singleLine?: boolean; oninput: (text: string) => void },
): Promise<{ editor: Editor; monaco: Monaco }> {
  const { monaco: m, theme } = await monaco();
  const model = m.editor.createModel(opts.value, 'plaintext');
  const single: CreateOptions = opts.singleLine
    ? {
        lineNumbers: 'off',
        glyphMargin: false,
        folding: false,
        lineDecorationsWidth: 4,
        lineNumbersMinChars: 0,
        overviewRulerLanes: 0,
        hideCursorInOverviewRuler: true,
        scrollbar: { vertical: 'hidden', horizontal: 'hidden', alwaysConsumeMouseWheel: false },
        renderLineHighlight: 'none',
        scrollBeyondLastLine: false,
        wordWrap: 'off',
        fixedOverflowWidgets: true,
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
        fontSize: 14,
        padding: { top: 5, bottom: 5 },
        // A regex is easier to read and check when typed exactly as written.
        autoClosingBrackets: 'never',
        autoClosingQuotes: 'never',
        autoSurround: 'never',
        quickSuggestions: false,
        wordBasedSuggestions: 'off',
        // One line, like a text field: Tab moves on (a tab in a pattern is written \t).
        tabFocusMode: true,
      }
    : { wordWrap: 'on', scrollBeyondLastLine: false, fontSize: 14, lineNumbers: 'on', glyphMargin: false, folding: false };
  const editor = m.editor.create(host, {
    model,
    theme,
    automaticLayout: true,
    minimap: { enabled: false },
    ariaLabel: opts.label,
    contextmenu: false,
    ...single,
  });
  if (opts.singleLine) {
    editor.onKeyDown((e) => {
      if (e.keyCode === m.KeyCode.Enter) {
        e.preventDefault();
        e.stopPropagation();
      }
    });
  }
  model.onDidChangeContent(() => {
    const text = model.getValue();
    if (opts.singleLine && /[\r\n]/.test(text)) return model.setValue(text.replace(/[\r\n]+/g, ''));
    opts.oninput(text);
  });
  editor.onDidDispose(() => model.dispose());
  return { editor, monaco: m };
}
