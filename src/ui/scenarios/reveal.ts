/** An attachment that brings a newly shown element into view and focus, so an answer far above the button clicked is not missed. */
export function reveal(node: HTMLElement): void {
  node.scrollIntoView({ block: 'start', behavior: 'smooth' });
  node.focus({ preventScroll: true });
}
