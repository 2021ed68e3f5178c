import { describe, expect, it } from 'vitest';
import { RejectionLog } from './rows';
import { summariseRejections } from './report';

describe('the rejection log', () => {
  it('counts each kind of reason and keeps its first examples only, however many rows fail', () => {
    const log = new RejectionLog();
    for (let i = 1; i <= 100_000; i++) log.push({ where: `række ${i}`, reason: `værdien «${i}x» er ikke et tal` });
    log.push({ where: 'række 7', reason: 'perioden står to gange i kilden; den første er brugt' });
    expect(log.length).toBe(100_001);
    expect(log.first()).toEqual({ where: 'række 1', reason: 'værdien «1x» er ikke et tal' });
    expect(summariseRejections(log)).toEqual([
      '  AFVIST 100.000 × værdien «…» er ikke et tal, fx:',
      '    række 1: værdien «1x» er ikke et tal',
      '    række 2: værdien «2x» er ikke et tal',
      '    række 3: værdien «3x» er ikke et tal',
      '  AFVIST række 7: perioden står to gange i kilden; den første er brugt',
    ]);
  });

  it('adds another source’s log to its own', () => {
    const a = new RejectionLog();
    const b = new RejectionLog();
    a.push({ where: 'a', reason: 'x' });
    b.push({ where: 'b', reason: 'x' }, { where: 'c', reason: 'y' });
    a.absorb(b);
    expect(a.length).toBe(3);
    expect(a.summary().map((g) => [g.kind, g.count])).toEqual([
      ['x', 2],
      ['y', 1],
    ]);
  });
});
