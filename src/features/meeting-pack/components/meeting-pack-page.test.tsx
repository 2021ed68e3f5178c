import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setScenario } from '@mocks/scenarios';
import { renderApp } from '@test/render';
import { getPlan } from '@/api/plans';
import { strings } from '@/lib/strings';
import { TARGET_STATUSES } from '@/domain/status';

const labels = strings.targetStatus.label;

/** The titles as the API serves them, so the test follows the dataset rather than a copy of it. */
async function titlesOf(planId: string): Promise<string[]> {
  return (await getPlan(planId)).targets.map((t) => t.title);
}

async function findTable() {
  return within(await screen.findByRole('table'));
}

function rowOf(table: ReturnType<typeof within>, title: string) {
  // A goal is one tbody: the figures row and the sentence row below it.
  return table.getByRole('rowheader', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) }).closest('tbody')!;
}

function statusWord(row: HTMLElement) {
  return row.querySelector('.mp-status-word')?.textContent;
}

describe('meeting pack', () => {
  it('lists every target of the plan with its status, and the summary counts them', async () => {
    renderApp('/planer/rr2014/moedepakke');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Resultatrevision 2014 for Jobcenter Vallensbæk/ }),
    ).toBeInTheDocument();
    const table = await findTable();
    const titles = await titlesOf('rr2014');
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(rowOf(table, title)).toBeInTheDocument();

    const fp = rowOf(table, 'Tilgang til førtidspension begrænses');
    expect(statusWord(fp)).toBe('Nået');
    expect(within(fp).getByText('Højst 35 personer')).toBeInTheDocument();
    expect(within(fp).getByText('34 personer')).toBeInTheDocument();
    expect(within(fp).getByText('1 person under målet')).toBeInTheDocument();
    const sdp = rowOf(table, 'Færre sygedagpengeforløb over 52 uger (2014)');
    expect(statusWord(sdp)).toBe('Ikke nået');
    expect(within(sdp).getByText('17 forløb over målet')).toBeInTheDocument();

    const summary = within(screen.getByRole('region', { name: 'Status for målene' }));
    const words = [...document.querySelectorAll('tbody .mp-status-word')].map((el) => el.textContent);
    expect(words).toHaveLength(titles.length);
    for (const status of TARGET_STATUSES) {
      const n = words.filter((w) => w === labels[status]).length;
      expect(summary.getByText(`${labels[status]}: ${n}`)).toBeInTheDocument();
    }
  });

  it('draws each trend as an SVG with a text alternative naming values, periods and the goal', async () => {
    renderApp('/planer/rr2014/moedepakke');
    const table = await findTable();
    const row = rowOf(table, 'Færre sygedagpengeforløb over 26 uger (2014)');
    expect(within(row).getByRole('img')).toHaveAccessibleName(
      'Udvikling: 102 (jan. 2014) → 93 (dec. 2014); mål højst 96\u00a0forløb',
    );
    expect(row).toHaveTextContent(
      'Kilde (mål, udgangspunkt og senest): Resultatrevision 2014 for Jobcenter Vallensbæk, Færre langvarige sygedagpengeforløb',
    );
  });

  it('marks a trend that contains synthetic values, and never shows them as real', async () => {
    setScenario('maanedlig');
    renderApp('/planer/rr2014/moedepakke');
    const row = rowOf(await findTable(), 'Færre sygedagpengeforløb over 26 uger (2014)');
    expect(within(row).getByRole('img')).toHaveAccessibleName(/syntetiske værdier, som ikke er rigtige tal/);
    expect(within(row).getByText('Indeholder syntetiske værdier')).toBeInTheDocument();
    // The judged value is still the sourced one, not an interpolation.
    expect(within(row).getByText('93 forløb')).toBeInTheDocument();
    expect(within(row).queryByText('(syntetisk)')).not.toBeInTheDocument();
  });

  it('shows the plan’s facts, the print date, the figures’ own date, the sentences and the pejlemærker', async () => {
    renderApp('/planer/rr2014/moedepakke');
    const table = await findTable();
    expect(screen.getByText(/^Udskrevet \d{1,2}\. [a-zæøå]+ \d{4}/)).toHaveTextContent(
      'Tallenes dato: planens egne tal til og med maj 2015',
    );
    expect(screen.getByText('Resultatrevision')).toBeInTheDocument();
    // Titles, never file names, outside the provenance details.
    expect(screen.queryByText('002_3e6cb87c903c4f86.txt', { exact: false })).not.toBeInTheDocument();
    expect(screen.getByText(/^\d+ af \d+ mål, der kan vurderes, blev nået/)).toBeInTheDocument();
    const row = rowOf(table, 'Tilgang til førtidspension begrænses');
    expect(
      within(row).getByText(/^Tilgangen til førtidspension i Jobcenter Vallensbæk .*var 34 personer i 2014/),
    ).toHaveTextContent('Målet er nået.');
    expect(screen.getByRole('heading', { level: 2, name: 'Siden sidste møde' })).toBeInTheDocument();
    const pejlemaerker = within(screen.getByRole('region', { name: 'Pejlemærker pr. målgruppe' }));
    expect(pejlemaerker.getByRole('heading', { level: 4, name: 'Strategier for ungeindsatsen' })).toBeInTheDocument();
  });

  it('prints from the button and links back to the plan', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { router } = renderApp('/planer/rr2014/moedepakke?omraade=ishoej');
    await userEvent.click(await screen.findByRole('button', { name: 'Udskriv / gem som PDF' }));
    expect(print).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('link', { name: /Tilbage til planen/ }));
    await waitFor(() =>
      expect(router.state.location.pathname + router.state.location.search).toBe('/planer/rr2014?omraade=ishoej'),
    );
  });

  it('prints a plan’s direction goal, labelled as derived, with its sentence on official figures', async () => {
    renderApp('/planer/bp2023/moedepakke');
    const row = rowOf(await findTable(), 'Lav ledighed');
    expect(within(row).getByText(/Afledt af pejlemærke – planen har ikke et talmål/)).toBeInTheDocument();
    expect(within(row).getByText(/^Ledigheden i Vallensbæk var 2,9 % i juli 2026/)).toBeInTheDocument();
    expect(within(row).getByText(/^Nyeste tal: jul\. 2026/)).toBeInTheDocument();
    expect(within(row).getByRole('img')).toHaveAccessibleName(
      /^Udvikling fra .* \(aug\. 2023\) til 2,9 \(jul\. 2026\) over 36 opgørelser; laveste/,
    );
    expect(
      screen.getByRole('heading', { level: 4, name: 'Pejlemærker for indsatsen for de unge' }),
    ).toBeInTheDocument();
  });

  it('shows a Danish error with a retry, and recovers', async () => {
    setScenario('fejl');
    renderApp('/planer/as2015/moedepakke');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Serveren svarede med fejl 500/);
    setScenario('normal');
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    const table = await findTable();
    for (const title of await titlesOf('as2015')) expect(rowOf(table, title)).toBeInTheDocument();
  });

  it('says plainly when the plan does not exist', async () => {
    renderApp('/planer/bp1999/moedepakke');
    expect(await screen.findByRole('heading', { level: 1, name: 'Planen findes ikke' })).toBeInTheDocument();
  });
});
