/** Lets the browser paint and handle input before the next piece of work (keeps each task short). */
export const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
