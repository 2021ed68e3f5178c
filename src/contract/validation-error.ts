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

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = fieldPath(issue.path);
    return where ? `feltet «${where}»: ${issue.message}` : issue.message;
  });
}

/** Parses `data` with `schema`, or throws a ContractError naming the resource and fields. */
export function parseResource<S extends z.ZodType>(schema: S, data: unknown, resource: string): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContractError(resource, describeIssues(result.error));
  return result.data;
}
