/**
 * Where the keyboard goes after an action changes the page under it. A control that disappears
 * (a closed form, a disabled button, an unmounted dialog) drops focus to `<body>`, and the next Tab
 * then starts from the top of the document or leaves the page; these helpers put it somewhere useful.
 */

/** Always move focus (after an explicit choice such as Accept, whatever the closing dialog left focused). */
export const always = (): boolean => true;

/** True when nothing useful has focus: it fell to `<body>`, or its element left the document. */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/** Move focus when it was lost or still sits on `trigger` (the button that started the action, disabled meanwhile). */
export const lostOr =
  (trigger: Element | null): (() => boolean) =>
  () =>
    focusLost() || document.activeElement === trigger;

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Focuses `el`, first making it focusable from script only (a heading, a result box) when it is not a control. */
export function focusElement(el: HTMLElement, preventScroll = false): void {
  if (!el.matches(FOCUSABLE)) el.tabIndex = -1;
  el.focus({ preventScroll });
}

interface SoonOptions {
  /** Whether to move focus once the target is there; by default only when focus was lost. */
  when?: () => boolean;
  /** Keep the scroll position (the caller scrolls itself). */
  preventScroll?: boolean;
  /** How long to wait for the target, in ms. */
  timeout?: number;
}

/**
 * Focuses what `find` returns as soon as it is in the document (pages render after a hash change,
 * a Svelte flush or a worker's answer), and gives up after a while. Until then it also stands by:
 * a target that was only a passing state (a button shown until the worker's answer arrives) and
 * vanishes with focus on it is looked up again; focus the learner moves elsewhere ends it.
 * Returns a cancel function.
 */
export function focusSoon(find: () => HTMLElement | null | undefined, opts: SoonOptions = {}): () => void {
  const { when = focusLost, preventScroll = false, timeout = 3000 } = opts;
  let done = false;
  let placed: HTMLElement | null = null;
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
  };
  const attempt = () => {
    if (done) return;
    if (placed) {
      if (placed.isConnected && document.activeElement === placed) return;
      if (placed.isConnected || !focusLost()) return stop();
      placed = null;
    }
    const el = find();
    if (!el?.isConnected || (el as HTMLButtonElement).disabled) return;
    if (!when()) return stop();
    focusElement(el, preventScroll);
    placed = el;
  };
  const observer = new MutationObserver(attempt);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
  const timer = setTimeout(stop, timeout);
  // Also poll: a bound element (`bind:this`) can arrive without a mutation of its own.
  const poll = setInterval(attempt, 100);
  // After the pending Svelte flush: the target may already be there.
  queueMicrotask(attempt);
  return stop;
}

/** The field a form most needs next: its first empty text field, else its first enabled control. */
export function fieldToFill(form: HTMLFormElement): HTMLElement | null {
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')].filter(
    (f) => !f.disabled && f.type !== 'hidden',
  );
  const texty = (f: (typeof fields)[number]) => !(f instanceof HTMLInputElement) || !['checkbox', 'radio', 'file'].includes(f.type);
  return fields.find((f) => texty(f) && f.value === '') ?? fields[0] ?? null;
}

/**
 * An attachment for a box that may scroll (a long value in a diff cell): while its content
 * overflows, it joins the Tab order so the keyboard can scroll it; otherwise it adds no stop.
 */
export function scrollableByKeyboard(box: HTMLElement): () => void {
  const update = () => {
    const scrolls = box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth;
    if (scrolls) box.tabIndex = 0;
    else box.removeAttribute('tabindex');
  };
  // No first measurement here: reading scrollHeight while the page is being mounted forced a layout of
  // the whole page inside the mount's task (~170 ms at 4× CPU on the home page). The observer's first
  // report comes after the browser's own layout, before the frame is painted.
  const observer = new ResizeObserver(update);
  observer.observe(box);
  return () => observer.disconnect();
}
