import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setScenario } from '@mocks/scenarios';
import { renderApp } from '@test/render';

async function findCard(title: string) {
  const heading = await screen.findByRole('heading', { level: 3, name: title });
  return heading.closest('article')!;
}

describe('overview page', () => {
  // Statuses and dates depend on "now"; only the clock is fixed, timers run.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('leads with each home kommune’s plan in force, every goal judged on the newest official figures', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Ishøj: Beskæftigelsesplan 2022 (BP22)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Vallensbæk: Beskæftigelsesplan 2023' })).toBeInTheDocument();
    expect(screen.getByText(/Datasættet har ingen beskæftigelsesplan for 2024–2026/)).toBeInTheDocument();

    const card = await findCard('Lav ledighed');
    expect(within(card).getByText('Afledt af pejlemærke – planen har ikke et talmål')).toBeInTheDocument();
    expect(await within(card).findByText('På vej')).toBeInTheDocument();
    expect(within(card).getByText(/^Ledigheden i Vallensbæk var/)).toHaveTextContent(
      'Ledigheden i Vallensbæk var 2,9 % i juli 2026, 0,1 procentpoint under landsgennemsnittet på 3,0 %. Planens retning – lav ledighed – holder.',
    );
    expect(within(card).getByText(/^Nyeste tal: jul\. 2026/)).toHaveTextContent('forældet');
    expect(within(card).getByRole('img', { name: /Mål: På eller under niveauet for Hele landet/ })).toBeInTheDocument();
  });

  it('says why a direction cannot be judged yet, naming the table to import', async () => {
    renderApp('/');
    const card = await findCard('Færre på sygedagpenge: tilbage til niveauet før corona');
    expect(await within(card).findByText('Mangler data')).toBeInTheDocument();
    expect(within(card).getByText(/tabel y07a02 skal importeres/)).toBeInTheDocument();
    // No empty axis for a goal without data: just the text.
    expect(within(card).queryByRole('img')).not.toBeInTheDocument();
  });

  it('lists the earlier plans compactly, each in one sentence, with a link and no cards', async () => {
    renderApp('/');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Tidligere planer' })).closest('section')!;
    const rr = within(section).getByRole('link', { name: 'Resultatrevision 2014 for Jobcenter Vallensbæk' });
    expect(rr).toHaveAttribute('href', '/planer/rr2014');
    const item = rr.closest('li')!;
    expect(
      await within(item).findByText(/^\d+ af \d+ mål, der kan vurderes, blev nået; \d+ blev ikke nået/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { level: 3, name: 'Tilgang til førtidspension begrænses' }),
    ).not.toBeInTheDocument();
  });

  it('shows what changed since the last meeting, from a date kept in the URL', async () => {
    const { router } = renderApp('/?siden=2026-03-01');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Siden sidste møde' })).closest('section')!;
    expect(within(section).getByLabelText('Dato for sidste møde')).toHaveValue('2026-03-01');
    const moves = await within(section).findAllByText(
      / i (Ishøj|Vallensbæk): .* i [a-zæø]+\. 2026 → .* i (jun|jul)\. 2026 \(/,
    );
    expect(moves.length).toBeGreaterThan(0);
    fireEvent.change(within(section).getByLabelText('Dato for sidste møde'), { target: { value: '2026-06-01' } });
    await waitFor(() => expect(router.state.location.search).toBe('?siden=2026-06-01'));
  });

  it('shows a Danish error without file names, and recovers on retry', async () => {
    setScenario('fejl');
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes');
    expect(alert).toHaveTextContent(/Serveren svarede med fejl 500, da vi hentede/);
    expect(within(alert).getByText(/Serveren svarede/).textContent).not.toMatch(/\.json/);
    setScenario('normal');
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await findCard('Lav ledighed')).toBeInTheDocument();
  });

  it('names the file and field in the details when the server sends data in the wrong format', async () => {
    setScenario('forkert-format');
    renderApp('/om-data');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/passer ikke til det format/);
    await userEvent.click(within(alert).getByText('Tekniske detaljer'));
    expect(within(alert).getByText(/^Fil: .*\.json$/)).toBeInTheDocument();
    expect(within(alert).getAllByText(/Ukendt områdekode «999»/).length).toBeGreaterThan(0);
  });

  it('shows only the chosen kommune’s plan in force and keeps the choice in the URL', async () => {
    const { router } = renderApp('/');
    await findCard('Lav ledighed');
    await userEvent.selectOptions(screen.getByLabelText('Område'), 'vallensbaek');
    await waitFor(() => expect(router.state.location.search).toBe('?omraade=vallensbaek'));
    await waitFor(() =>
      expect(
        screen.queryByRole('heading', { level: 2, name: 'Ishøj: Beskæftigelsesplan 2022 (BP22)' }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Vallensbæk: Beskæftigelsesplan 2023' })).toBeInTheDocument();
  });
});
