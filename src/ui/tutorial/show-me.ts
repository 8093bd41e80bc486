/**
 * "Show me": go to a page and point at a control, found by its visible text or label, so lessons
 * need no hooks in the pages they teach. The highlight fades after a few seconds.
 */

const CANDIDATES = 'button, a, label, h1, h2, h3, th, summary, legend, [role="button"]';

function find(target: string): HTMLElement | null {
  const wanted = target.toLowerCase();
  const main = document.getElementById('main');
  if (!main) return null;
  const hits = [...main.querySelectorAll<HTMLElement>(CANDIDATES)].filter((el) => el.textContent?.toLowerCase().includes(wanted));
  // The shortest text is the most specific match (a button rather than its whole section).
  hits.sort((a, b) => (a.textContent?.length ?? 0) - (b.textContent?.length ?? 0));
  const hit = hits[0];
  if (hit instanceof HTMLLabelElement && hit.control) return (hit.closest('.fields, li, div') as HTMLElement) ?? hit;
  return hit ?? null;
}

/** Navigates to `path` and highlights the element whose text contains `target`. */
export function showMe(path: string, target?: string): void {
  if (location.hash !== `#${path}`) location.hash = path;
  if (!target) return;
  let tries = 0;
  const attempt = () => {
    const el = find(target);
    if (!el) {
      if ((tries += 1) < 30) setTimeout(attempt, 100);
      return;
    }
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.classList.add('tutorial-highlight');
    setTimeout(() => el.classList.remove('tutorial-highlight'), 4000);
  };
  setTimeout(attempt, 50);
}
