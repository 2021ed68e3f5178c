import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@test/render';

describe('plan page', () => {
  it('shows the plan’s targets, pejlemærker and projects with funding in kr.', async () => {
    renderApp('/planer/bp2022');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Beskæftigelsesplan 2022 (BP22)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Pejlemærker' })).toBeInTheDocument();
    expect(await screen.findByText(/2\.058\.120\s*kr\./)).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Færre fleksjobvisiterede på ledighedsydelse' }),
    ).toBeInTheDocument();
  });

  it('says plainly when a plan does not exist', async () => {
    renderApp('/planer/bp1999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Planen findes ikke' })).toBeInTheDocument();
  });
});
