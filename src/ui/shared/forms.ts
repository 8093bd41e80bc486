/** What every form on the pages does on Submit before its own work (no page load), and where the keyboard goes when it closes. */
import { focusSoon } from './focus.ts';

/**
 * A form's `onsubmit`: stops the browser's own submission (which would reload the page and lose the
 * draft), then runs the form's work. `run` may be async; it reports its own errors. A form that
 * closes on success hands the keyboard back (see `returnFocus`).
 */
export function onSubmit(run: () => unknown): (e: SubmitEvent) => void {
  return (e) => {
    e.preventDefault();
    const back = returnFocus(e.currentTarget as HTMLFormElement);
    void Promise.resolve(run()).then(back);
  };
}

/**
 * The links that lead back to what a form at `address` was about, best first: the link that opened
 * it (`#/page?edit=NAME`), then the page's Add link. None for a form that is not in the address.
 */
export function returnLinks(address: string): string[] {
  const at = address.indexOf('?');
  if (at < 0) return [];
  const add = `${address.slice(0, at)}?add`;
  return address === add ? [add] : [address, add];
}

const CONTROL = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary';

/**
 * Notes where `form` sits (call it before the form may close) and answers the function to call once
 * its Submit or Cancel is done: if the form has left the page by then, focus goes where the learner
 * came from, as dialogs do: the list's link to the item (or the Add link) for a form in the address,
 * else the first control of the section that held it (its Edit Settings… button), else the page's
 * heading. A form that stays (a refused Submit) keeps the keyboard where it is.
 */
export function returnFocus(form: HTMLFormElement): () => void {
  const address = location.hash;
  const main = document.getElementById('main');
  if (!main?.contains(form)) return () => {};
  const holders: Element[] = [];
  for (let el = form.parentElement; el && el !== main; el = el.parentElement) holders.push(el);
  return () =>
    void focusSoon(() => {
      if (form.isConnected) return null;
      const links = [...main.querySelectorAll<HTMLAnchorElement>('a[href]')];
      for (const wanted of returnLinks(address)) {
        const link = links.find((a) => a.getAttribute('href') === wanted);
        if (link) return link;
      }
      return holders.find((h) => h.isConnected)?.querySelector<HTMLElement>(CONTROL) ?? main.querySelector('h1');
    });
}
