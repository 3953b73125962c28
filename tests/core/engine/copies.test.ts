// Near-duplicate documents: the same story saved twice counts once; two reports of one event in their own words do not.
import { describe, it, expect } from 'vitest';
import { ingestText } from '../../../src/core/ingest/index';
import { findCopies } from '../../../src/core/engine/copies';
import { analyze } from '../../../src/core/engine/analyze';

const wire = [
  'Officials from the port city of Velmora and the inland province of Dassen met on Tuesday to settle a dispute over river tolls.',
  'The talks lasted six hours, and both sides agreed to cut the toll on grain barges by a third from next month, a spokesman for Velmora said.',
  'Dassen had threatened to close its locks to Velmora shipping if no deal was reached before the harvest, according to the provincial council.',
  'A joint commission will meet again in April to review the fees for passenger boats and fishing vessels.',
].join('\n\n');

describe('copies', () => {
  it('finds the same wire story saved twice under other headlines (en, zh-Hans)', () => {
    const a = ingestText('a.txt', `River toll deal reached\n\n${wire}`)[0];
    const b = ingestText('b.txt', `Velmora and Dassen agree on tolls\n\n${wire}\n\nReporting by the Velmora desk.`)[0];
    const own = ingestText(
      'c.txt',
      'Dassen wins lower tolls\n\nThe province of Dassen said on Tuesday it had won a cut of one third in the tolls its grain barges pay in Velmora, after a long meeting.\n\nThe provincial council said the locks would stay open and a commission would look at other fees in the spring.',
    )[0];
    const zh = '河港城市维尔莫拉与内陆省达森的官员周二会面，解决内河通行费争议，会谈持续六个小时，双方同意自下月起把运粮驳船的通行费降低三分之一。达森此前威胁，如果在收获季前无法达成协议，将对维尔莫拉的船只关闭船闸。联合委员会将于四月再次开会，审议客船和渔船的收费。';
    const z1 = ingestText('z1.txt', `通行费协议达成\n\n${zh}`)[0];
    const z2 = ingestText('z2.txt', `维尔莫拉与达森就通行费达成一致\n\n${zh}`)[0];
    const copies = findCopies([a, b, own, z1, z2]);
    expect(copies.get(b.id)).toBe(a.id);
    expect(copies.get(z2.id)).toBe(z1.id);
    expect(copies.has(own.id)).toBe(false);
    expect(copies.has(a.id)).toBe(false);
  });

  it('marks the copy, says so, and leaves it out of alignment so it counts once', () => {
    const a = ingestText('x/a.txt', `River toll deal reached\n\n${wire}`)[0];
    const b = ingestText('x/b.txt', `River toll deal reached\n\n${wire}`)[0];
    const c = analyze([a, b]);
    const copy = c.sources.find((s) => s.id === b.id)!;
    expect(copy.copyOf).toBe(a.id);
    expect(copy.diagnostics.find((d) => d.code === 'copy-of')?.message).toContain('x/a.txt');
    expect(c.claims.some((x) => x.sourceId === b.id)).toBe(false);
    expect(c.claims.some((x) => x.sourceId === a.id)).toBe(true);
  });
});
