/** What every form on the pages does on Submit before its own work: no page load. */

/**
 * A form's `onsubmit`: stops the browser's own submission (which would reload the page and lose the
 * draft), then runs the form's work. `run` may be async; it reports its own errors.
 */
export function onSubmit(run: () => unknown): (e: SubmitEvent) => void {
  return (e) => {
    e.preventDefault();
    void run();
  };
}
