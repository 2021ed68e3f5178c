import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { setScenario } from '@mocks/scenarios';
import { renderApp } from '@test/render';

async function table() {
  return screen.findByRole('table', { name: /alle viste datapunkter/ });
}

function rowsOf(tbl: HTMLElement): string[] {
  return within(tbl)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent ?? '');
}

describe('series page', () => {
  it('names the indicator, its unit and målgruppe, and shows both conflicting sources', async () => {
    renderApp('/indikatorer/sygedagpenge-helaarspersoner?visning=tabel');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sygedagpengemodtagere (helårspersoner)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Modtagere af sygedagpenge opgjort i helårspersoner.')).toBeInTheDocument();
    const rows = rowsOf(await table());
    const sep21 = rows.filter((r) => r.startsWith('sep. 2021'));
    expect(sep21).toHaveLength(2);
    expect(sep21[0]).toMatch(/403\s*helårspersoner/);
    expect(sep21[0]).toContain('Kilderne er uenige');
    expect(sep21[0]).toContain('Beskæftigelsesplan 2022 (BP22), Afsnit 3');
    expect(sep21[1]).toMatch(/427\s*helårspersoner/);
    expect(sep21[1]).toContain('Figur 9');
    const group = screen.getByText('Målgruppe').nextElementSibling;
    await waitFor(() => expect(group).toHaveTextContent('Sygedagpengemodtagere'));
  });

  it('describes the chart in words: areas, years, latest values and the target', async () => {
    // jsdom has no ResizeObserver; the chart only needs one to exist.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    renderApp('/indikatorer/a-dagpenge-andel-arbejdsstyrke?omraader=jc-vallensbaek,000');
    const chart = await screen.findByRole('img', { name: /Linjediagram/ });
    await waitFor(() => expect(chart.getAttribute('aria-label')).toContain('Ét mål'));
    expect(chart.getAttribute('aria-label')).toBe(
      'Linjediagram: A-dagpengemodtagere i pct. af arbejdsstyrken for Jobcenter Vallensbæk (Ishøj og Vallensbæk) og Hele landet, 2018–2026. ' +
        'Seneste værdier: Jobcenter Vallensbæk (Ishøj og Vallensbæk) 3,9\u00a0% (3. kvt. 2018–2. kvt. 2019); Hele landet 2,6\u00a0% foreløbig (jul. 2026). ' +
        'Ét mål er vist som vandrette linjer. Samme tal findes i tabelvisningen.',
    );
    expect(screen.getByText(/^Afstanden til Hele landet mindskes med 0,5/)).toBeInTheDocument();
    expect(screen.getByText('3,4 %')).toBeInTheDocument();
    vi.unstubAllGlobals();
  });

  it('switches to the table and back, and remembers it in the address', async () => {
    const { router } = renderApp('/indikatorer/ledighed-saesonkorrigeret');
    const tableButton = await screen.findByRole('button', { name: 'Tabel' });
    expect(screen.getByRole('button', { name: 'Diagram' })).toHaveAttribute('aria-pressed', 'true');
    tableButton.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?visning=tabel'));
    await waitFor(() => expect(tableButton).toHaveAttribute('aria-pressed', 'true'));
    expect(await table()).toBeInTheDocument();
  });

  it('keeps the area choice in the address when an area is unticked', async () => {
    const { router } = renderApp('/indikatorer/ledighed-saesonkorrigeret?visning=tabel');
    const areas = await screen.findByRole('group', { name: 'Områder' });
    const national = within(areas).getByRole('checkbox', { name: 'Hele landet' });
    expect(national).toBeChecked();
    expect(rowsOf(await table()).some((r) => r.includes('Hele landet'))).toBe(true);
    await userEvent.click(national);
    await waitFor(() => expect(router.state.location.search).toBe('?visning=tabel&omraader=183,187'));
    await waitFor(() => expect(national).not.toBeChecked());
    await waitFor(() => expect(rowsOf(screen.getByRole('table')).some((r) => r.includes('Hele landet'))).toBe(false));
  });

  it('starts with the areas the link names', async () => {
    renderApp('/indikatorer/ledighed-saesonkorrigeret?omraader=183,000&visning=tabel');
    const areas = await screen.findByRole('group', { name: 'Områder' });
    expect(within(areas).getByRole('checkbox', { name: 'Ishøj' })).toBeChecked();
    expect(within(areas).getByRole('checkbox', { name: 'Vallensbæk' })).not.toBeChecked();
    expect(within(areas).getByRole('checkbox', { name: 'Hele landet' })).toBeChecked();
  });

  it('limits the table to the years chosen', async () => {
    const { router } = renderApp('/indikatorer/ledighed-saesonkorrigeret?visning=tabel');
    await table();
    await userEvent.selectOptions(screen.getByLabelText('Fra år'), '2021');
    await waitFor(() => expect(router.state.location.search).toContain('fra=2021'));
    await waitFor(() => {
      const rows = rowsOf(screen.getByRole('table'));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.includes('2021'))).toBe(true);
    });
  });

  it('lists the targets that use the indicator with their threshold, and the events in view', async () => {
    renderApp('/indikatorer/sygedagpenge-over-52-uger?visning=tabel');
    const targets = await screen.findByRole('region', { name: 'Mål for indikatoren' });
    const card = (
      await within(targets).findByRole('heading', { level: 3, name: 'Færre sygedagpengeforløb over 52 uger (2014)' })
    ).closest('li')!;
    expect(card).toHaveTextContent('Højst 22 forløb');
    expect(card).toHaveTextContent('Frist2014');
    expect(card).toHaveTextContent('Resultatrevision 2014');
    const events = await screen.findByRole('region', { name: 'Reformer, begivenheder og databrud i perioden' });
    expect(await within(events).findByText(/Sygedagpengereformen træder i kraft/)).toBeInTheDocument();
    expect(within(events).getByText('1. juli 2014')).toBeInTheDocument();
  });

  it('marks synthetic monthly values as synthetic, never as sourced', async () => {
    setScenario('maanedlig');
    renderApp('/indikatorer/sygedagpenge-helaarspersoner?visning=tabel');
    const rows = rowsOf(await table());
    const synthetic = rows.filter((r) => r.includes('Syntetisk udviklingsdata'));
    expect(synthetic.length).toBeGreaterThan(10);
    expect(synthetic.every((r) => r.includes('(syntetisk)'))).toBe(true);
    expect(rows.find((r) => r.startsWith('sep. 2020'))).toContain('Figur 9');
  });

  it('shows the other areas when one area’s series fails, with a retry', async () => {
    server.use(
      // Without the page's bundle the page asks for each series on its own, and one of them fails.
      http.get('*/api/v1/pages/indicators/ledighed-saesonkorrigeret.json', () =>
        HttpResponse.json({ fejl: 'ikke her' }, { status: 404 }),
      ),
      http.get('*/api/v1/indicators/ledighed-saesonkorrigeret/000.json', () =>
        HttpResponse.json({ fejl: 'nede' }, { status: 500 }),
      ),
    );
    renderApp('/indikatorer/ledighed-saesonkorrigeret?visning=tabel');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tidsserien for Hele landet kunne ikke hentes');
    expect(within(alert).getByRole('button', { name: 'Prøv igen' })).toBeInTheDocument();
    const rows = rowsOf(await table());
    expect(rows.some((r) => r.includes('Ishøj'))).toBe(true);
  });

  it('keeps what it shows while an added area loads, and says what it is fetching', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The added kommune's series waits until the test lets it through to the usual handler.
    server.use(
      http.get('*/api/v1/indicators/ledighed-faktisk/:area.json', async ({ params }) => {
        if (params.area !== '161') return;
        await held;
      }),
    );
    renderApp('/indikatorer/ledighed-faktisk?visning=tabel');
    const shown = await table();
    const before = rowsOf(shown).length;
    // The status that belongs to the table: in the same box.
    const status = within(shown.closest<HTMLElement>('.series-body')!).getByRole('status');
    expect(status).toHaveTextContent(/^$/);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Tilføj en af de øvrige/ }), '161');
    await userEvent.click(screen.getByRole('button', { name: 'Tilføj' }));
    await waitFor(() => expect(status).toHaveTextContent('Henter tidsserien for Glostrup …'));
    expect(rowsOf(await table()).length).toBe(before);
    release();
    await waitFor(async () => expect(rowsOf(await table()).some((r) => r.includes('Glostrup'))).toBe(true));
    expect(status).toHaveTextContent(/^$/);
  });

  it('says when nothing is chosen', async () => {
    renderApp('/indikatorer/ledighed-saesonkorrigeret?omraader=');
    expect(await screen.findByText(/Ingen data for det valgte/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hent CSV' })).toBeDisabled();
  });

  it('says so when the indicator does not exist', async () => {
    renderApp('/indikatorer/findes-slet-ikke');
    expect(await screen.findByRole('heading', { level: 1, name: 'Indikatoren findes ikke' })).toBeInTheDocument();
  });

  it('shows a Danish error with a retry when the API fails', async () => {
    setScenario('fejl');
    renderApp('/indikatorer/ledighed-saesonkorrigeret');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes');
    setScenario('normal');
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ledighed, sæsonkorrigeret (Danmarks Statistik)' }),
    ).toBeInTheDocument();
  });
});
