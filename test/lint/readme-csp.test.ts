import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, HEADER_ONLY_DIRECTIVES, STYLE_HASH_PLACEHOLDER } from '../../scripts/security-plugin';

describe('the README', () => {
  it('gives the policy the build sends, route-check hash included, the stylesheet hashes as the placeholder', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const policy = `${contentSecurityPolicy(undefined, [STYLE_HASH_PLACEHOLDER])}; ${HEADER_ONLY_DIRECTIVES}`;
    expect(readme.split(policy).length - 1).toBe(1);
  });
});
