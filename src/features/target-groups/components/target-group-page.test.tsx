import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderTargetGroups } from './test-router';

describe('the målgruppe page', { timeout: 30_000 }, () => {
  it('shows Ishøj’s sygedagpenge figures from BP22 with their source, naming the disagreement', async () => {
    renderTargetGroups('/maalgrupper/sygedagpenge');
    await screen.findByRole('heading', { level: 1, name: 'Sygedagpengemodtagere' });
    const section = (await screen.findByRole('heading', { name: 'Nøgletal' }, { timeout: 15_000 })).parentElement!;
    const row = within(section)
      .getByRole('rowheader', { name: 'Sygedagpengemodtagere (helårspersoner)' })
      .closest('tr')!;
    const ishoej = row.querySelector('[data-area="183"]')!.textContent!;
    // BP22 gives two figures for sep. 2019 and sep. 2021; the one every view shows is the first listed (pickValue).
    for (const text of ['sep. 2019', 'sep. 2020', 'sep. 2021', '270', '317', '403', 'BP22', 'kilderne er uenige'])
      expect(ishoej).toContain(text);
  });

  it('sets the pejlemærker of each plan side by side, and its projects and definitions', async () => {
    renderTargetGroups('/maalgrupper/sygedagpenge');
    const strategy = (await screen.findByRole('heading', { name: /Strategien over tid/ }, { timeout: 15_000 }))
      .parentElement!;
    const plans = within(strategy)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(plans.some((p) => p?.includes('2020'))).toBe(true);
    expect(plans.some((p) => p?.includes('2023'))).toBe(true);
    expect(within(strategy).getAllByText(/^(Ny|Fortsat):$/).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Begreber fra dokumenterne' })).toBeInTheDocument();
  });

  it('says so when the målgruppe does not exist', async () => {
    renderTargetGroups('/maalgrupper/findes-ikke');
    expect(await screen.findByRole('heading', { level: 1, name: 'Målgruppen findes ikke' })).toBeInTheDocument();
  });
});
