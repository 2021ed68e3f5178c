import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setScenario } from '@mocks/scenarios';
import { renderApp } from '@test/render';

async function findCard(title: string) {
  const heading = await screen.findByRole('heading', { level: 3, name: title });
  return heading.closest('article')!;
}

describe('overview page', () => {
  it('lists every plan with its targets from the API', async () => {
    renderApp('/');
    for (const title of [
      'Resultatrevision 2014 for Jobcenter Vallensbæk',
      'Beskæftigelsesplan 2020',
      'Beskæftigelsesplan 2022 (BP22)',
    ]) {
      expect(await screen.findByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    }
    const card = await findCard('Tilgang til førtidspension begrænses');
    expect(within(card).getByText(`Højst 35 personer`)).toBeInTheDocument();
    expect(within(card).getByText(`34 personer`)).toBeInTheDocument();
    expect(within(card).getByText(/Kilde: Resultatrevision 2014/, { selector: 'summary' })).toBeInTheDocument();
    expect(await within(card).findByText('Nået')).toBeInTheDocument();
  });

  it('shows a Danish error and recovers on retry', async () => {
    setScenario('fejl');
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes');
    expect(alert).toHaveTextContent(/Serveren svarede med fejl 500/);
    setScenario('normal');
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await findCard('Tilgang til førtidspension begrænses')).toBeInTheDocument();
  });

  it('names the file and field when the server sends data in the wrong format', async () => {
    setScenario('forkert-format');
    renderApp('/om-data');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/passer ikke til formatet/);
    await userEvent.click(within(alert).getByText('Tekniske detaljer'));
    expect(within(alert).getAllByText(/Ukendt områdekode «999»/).length).toBeGreaterThan(0);
  });

  it('filters targets to the chosen kommune and keeps the choice in the URL', async () => {
    const { router } = renderApp('/');
    await findCard('Færre fleksjobvisiterede på ledighedsydelse');
    await userEvent.selectOptions(screen.getByLabelText('Område'), 'vallensbaek');
    await waitFor(() => expect(router.state.location.search).toBe('?omraade=vallensbaek'));
    // BP22 is Ishøj's plan: its target is not Vallensbæk's; the joint jobcenter's targets are.
    await waitFor(() =>
      expect(
        screen.queryByRole('heading', { level: 3, name: 'Færre fleksjobvisiterede på ledighedsydelse' }),
      ).not.toBeInTheDocument(),
    );
    expect(await findCard('Tilgang til førtidspension begrænses')).toBeInTheDocument();
  });
});
