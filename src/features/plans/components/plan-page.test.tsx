import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@test/render';

async function card(title: string) {
  return (await screen.findByRole('heading', { level: 4, name: title })).closest('article')!;
}

describe('plan page', () => {
  it('shows the plan’s targets, pejlemærker and projects with funding in kr.', async () => {
    renderApp('/planer/bp2022');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Beskæftigelsesplan 2022 (BP22)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Pejlemærker' })).toBeInTheDocument();
    expect(await screen.findByText(/2\.058\.120\s*kr\./)).toBeInTheDocument();
    expect(
      screen.getByText('Gældende plan for Ishøj: den nyeste beskæftigelsesplan i datasættet.'),
    ).toBeInTheDocument();
    const fleks = await card('Ledigheden blandt fleksjobvisiterede nærmer sig landsgennemsnittet');
    expect(within(fleks).getByText('Afledt af pejlemærke – planen har ikke et talmål')).toBeInTheDocument();
    expect(within(fleks).getByText('Sådan måler dashboardet det')).toBeInTheDocument();
    expect(await screen.findByText(/^\d af \d mål, der kan vurderes, holder; \d mangler tal\.$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se planens pejlemærker' })).toHaveAttribute('href', '#plan-pejlemaerker');
    // The source file is named only in the details about the document.
    expect(screen.getByText('003_8ec760b96f86ce0e.txt').closest('details')).not.toBeNull();
  });

  it('says a superseded plan is superseded, with its sentence', async () => {
    renderApp('/planer/rr2014');
    expect(await screen.findByText(/^Afløst af en nyere plan/)).toBeInTheDocument();
    expect(
      await screen.findByText(/^\d+ af \d+ mål, der kan vurderes, blev nået; \d+ blev ikke nået\.$/),
    ).toBeInTheDocument();
  });

  it('judges the 2014 targets: førtidspension nået, sygedagpenge over 52 uger ikke nået', async () => {
    renderApp('/planer/rr2014');
    const pension = await card('Tilgang til førtidspension begrænses');
    expect(await within(pension).findByText('Nået')).toBeInTheDocument();
    expect(within(pension).getByText('1 person under målet')).toBeInTheDocument();
    const sick = await card('Færre sygedagpengeforløb over 52 uger (2014)');
    expect(await within(sick).findByText('Ikke nået')).toBeInTheDocument();
    expect(within(sick).getByText('17 forløb over målet')).toBeInTheDocument();
    expect(
      within(sick).getByRole('img', {
        name: /Udgangspunkt 27\sforløb \(jan\. 2014\)\. Mål: Højst 22\sforløb\. Senest opgjort 39\sforløb \(dec\. 2014\)\. Status: Ikke nået/,
      }),
    ).toBeInTheDocument();
  });

  it('groups targets by målgruppe and filters by status, keeping the filter in the URL', async () => {
    const { router } = renderApp('/planer/rr2014');
    await card('Tilgang til førtidspension begrænses');
    expect(screen.getByRole('heading', { level: 3, name: 'Sygedagpengemodtagere' })).toBeInTheDocument();
    const filter = await screen.findByRole('group', { name: 'Vis mål med status' });
    await userEvent.click(within(filter).getByRole('checkbox', { name: /Ikke nået/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=ikke-naaet'));
    await waitFor(() =>
      expect(
        screen.queryByRole('heading', { level: 4, name: 'Tilgang til førtidspension begrænses' }),
      ).not.toBeInTheDocument(),
    );
    expect(await card('Færre sygedagpengeforløb over 52 uger (2014)')).toBeInTheDocument();
  });

  it('links each target to its time series with the target’s area', async () => {
    renderApp('/planer/rr2014');
    const sick = await card('Færre sygedagpengeforløb over 52 uger (2014)');
    const link = within(sick).getByRole('link', { name: /Se udviklingen/ });
    expect(link).toHaveAttribute('href', '/indikatorer/sygedagpenge-over-52-uger?omraader=jc-vallensbaek');
  });

  it('says plainly when a plan does not exist', async () => {
    renderApp('/planer/bp1999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Planen findes ikke' })).toBeInTheDocument();
  });
});
