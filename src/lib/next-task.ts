/**
 * Lets the page handle input and paint before the next slice of work: scheduler.yield where the browser
 * has it (the slice after it runs next, not behind every other task), otherwise a new task.
 */
export function nextTask(): Promise<void> {
  const yieldToPage = globalThis.scheduler?.yield;
  return yieldToPage ? yieldToPage.call(globalThis.scheduler) : new Promise((resolve) => setTimeout(resolve, 0));
}
