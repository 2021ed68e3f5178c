import { z } from 'zod';

// Zod's own messages in Danish for the issues we do not word ourselves.
z.config(z.locales.da());

/** A resource failed its schema: says which file and which field, in Danish. */
export class ContractError extends Error {
  readonly resource: string;
  readonly issues: readonly string[];

  constructor(resource: string, issues: readonly string[]) {
    super(
      `Data i ${resource} er ugyldige: ${issues.slice(0, 3).join('; ')}${issues.length > 3 ? ` (og ${issues.length - 3} fejl mere)` : ''}`,
    );
    this.name = 'ContractError';
    this.resource = resource;
    this.issues = issues;
  }
}

/** "targets[3].baseline.period" from zod's path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** Each issue in Danish with its field; `at` is where the parsed value sits in the resource (an item of a list). */
export function describeIssues(error: z.ZodError, at: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => {
    const where = fieldPath([...at, ...issue.path]);
    return where ? `feltet «${where}»: ${issue.message}` : issue.message;
  });
}

/** Parses `data` with `schema`, or throws a ContractError naming the resource and fields. */
export function parseResource<S extends z.ZodType>(schema: S, data: unknown, resource: string): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContractError(resource, describeIssues(result.error));
  return result.data;
}

/**
 * Parses a list item by item with `item`, pausing (`pause`) whenever `budgetMs` of work has passed, so a long
 * list (every indicator's cross-section) is validated in short tasks instead of one long one. The same issues,
 * with the same fields, as parsing the whole list at once.
 */
export async function parseListInSlices<T>(
  item: z.ZodType<T>,
  data: unknown,
  resource: string,
  pause: () => Promise<void>,
  budgetMs = 8,
): Promise<T[]> {
  if (!Array.isArray(data)) return parseResource(z.array(item), data, resource);
  const items: T[] = [];
  const issues: string[] = [];
  let since = performance.now();
  for (const [i, value] of data.entries()) {
    const result = item.safeParse(value);
    if (result.success) items.push(result.data);
    else issues.push(...describeIssues(result.error, [i]));
    if (performance.now() - since > budgetMs) {
      await pause();
      since = performance.now();
    }
  }
  if (issues.length > 0) throw new ContractError(resource, issues);
  return items;
}
