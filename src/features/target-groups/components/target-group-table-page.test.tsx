import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { renderTargetGroups } from './test-router';

const count = () => screen.getByText(/\d rækker$/).textContent ?? '';
const bodyRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((r) => r.classList.contains('tg-row'));

// jsdom has no layout: give the scroll box a height so the virtualiser renders a window of rows.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('tg-table-scroll') ? 800 : 0;
    },
  });
});
afterAll(() => {
  // The override sits on HTMLElement; removing it uncovers Element's own getter again.
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
});

async function open(url = '/maalgrupper') {
  const utils = renderTargetGroups(url);
  await screen.findByRole('heading', { level: 1, name: 'Målgrupper: alle indikatorer' });
  // Every series of all 98 kommuner is validated before the table appears: allow for a loaded machine.
  await screen.findByRole('table', {}, { timeout: 30_000 });
  return utils;
}

describe('the målgruppe table', { timeout: 40_000 }, () => {
  it('sorts by a column and writes the sort to the address', async () => {
    const { router } = await open();
    await userEvent.click(screen.getByRole('button', { name: /^Værdi/ }));
    // Numbers sort largest first on the first click.
    await waitFor(() => expect(router.state.location.search).toContain('sorter=vaerdi.ned'));
    expect(screen.getByRole('columnheader', { name: /^Værdi/ })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(screen.getByRole('button', { name: /^Værdi/ }));
    await waitFor(() => expect(router.state.location.search).toMatch(/sorter=vaerdi(&|$)/));
  });

  it('narrows the rows with the search box and the column filters', async () => {
    const { router } = await open();
    const total = count();
    await userEvent.type(screen.getByLabelText('Søg i tabellen'), 'sygedagpenge');
    await waitFor(() => expect(count()).not.toBe(total));
    expect(count()).toMatch(/^[\d.]+ af [\d.]+ rækker$/);
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /sygedagpenge/i.test(r.textContent ?? ''))).toBe(true);
    await userEvent.selectOptions(screen.getByLabelText('Filtrér målgruppe'), 'unge');
    await waitFor(() => expect(router.state.location.search).toContain('filter-maalgruppe=unge'));
  });

  it('starts from the state in the address', async () => {
    await open('/maalgrupper?filter-omraade=Ishøj&sorter=indikator.ned&grupper=maalgruppe');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(count()).toMatch(/^[\d.]+ af [\d.]+ rækker$/);
    const leaves = rows.filter((r) => !r.classList.contains('tg-group-row'));
    expect(leaves.length).toBeGreaterThan(0);
    expect(leaves.every((r) => r.textContent?.includes('Ishøj'))).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Gruppér efter målgruppe' })).toBeChecked();
    expect(screen.getAllByRole('button', { expanded: true }).length).toBeGreaterThan(0);
    expect(screen.getByRole('columnheader', { name: /^Indikator/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('has every status in its rows from the moment they appear, so a status filter is right at once', async () => {
    // Read at once, without waiting: rows first built without their statuses would show "0 af …" here.
    await open('/maalgrupper?filter-status=ikke-naaet');
    expect(count()).toMatch(/^[1-9][\d.]* af [\d.]+ rækker$/);
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => within(r).queryByText('Ikke nået') !== null)).toBe(true);
  });

  it('runs on the official series of every kommune, from one request, and compares them on one period', async () => {
    const requested: string[] = [];
    const listen = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname);
    server.events.on('request:start', listen);
    const { router } = await open('/maalgrupper?filter-indikator=Ledighed, faktisk (Jobindsats)&sorter=omraade');
    await waitFor(() => expect(count()).toMatch(/^99 af/));
    const rows = bodyRows();
    // Danish order: «Aa» is «Å», so Aabenraa comes last and Albertslund first.
    expect(rows[0]).toHaveTextContent('Albertslund');
    expect(rows[0]).toHaveTextContent('jul. 2026');
    expect(rows[0]).toHaveTextContent('(foreløbig)');
    // The identifying columns stay put when the figures scroll sideways.
    expect(within(rows[0]!).getAllByRole('cell')[2]).toHaveClass('sticky');
    // Values come from the cross-section, never one series request per row. The only series of this
    // indicator the page may ask for are the two BP23's goal "Lav ledighed" is judged on (Vallensbæk
    // against Hele landet) for its goal row; whether they start before this line is a matter of timing.
    const series = requested.filter((p) => /\/indicators\/ledighed-faktisk\/\d{3}\.json$/.test(p));
    expect(series.filter((p) => !/\/(187|000)\.json$/.test(p))).toEqual([]);
    expect(new Set(series).size).toBe(series.length);
    expect(requested.filter((p) => p.endsWith('/latest.json'))).toHaveLength(1);
    await userEvent.selectOptions(screen.getByLabelText('Sammenlign på'), '2026-06');
    await waitFor(() => expect(router.state.location.search).toContain('periode=2026-06'));
    await waitFor(() => expect(bodyRows()[0]).toHaveTextContent('jun. 2026'));
    server.events.removeListener('request:start', listen);
  });
});
