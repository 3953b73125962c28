// The event fact table: for each event and fact slot (duration, venue, date, each participant's role, counts),
// the value each source states. Sources absent from a row's cells did not report it.
// A row's status is the verdict of the same judge that decides the groups (judgeGroup on the slot's statements), so a
// row and its slot group never disagree; every cell of a row shows the row's verdict.
import type { EntityValue, Fact, FactRow } from '../model';
import type { Group } from './align';
import { judgeGroup, type GroupContext } from './judge';
import { DEFAULT_JUDGE_SETTINGS, type JudgeSettings } from './settings';

function label(key: string, facts: Fact[]): string {
  const [slot, sub] = key.split('@');
  const at = sub ? ` (${sub})` : '';
  if (slot.startsWith('role:')) {
    const person = facts.find((f) => f.kind === 'person');
    const name = (person?.value as EntityValue | undefined)?.name ?? person?.text ?? slot.slice(5);
    return `role · ${name}${at}`;
  }
  if (slot.startsWith('count:')) return `count · ${slot.slice(6)}${at}`;
  return slot + at;
}

export function buildFactTable(slots: Group[], ctx: GroupContext, settings: JudgeSettings = DEFAULT_JUDGE_SETTINGS): FactRow[] {
  const rows: FactRow[] = [];
  const { claims, factsOf } = ctx;
  for (const g of slots) {
    if (!g.slot || !g.eventId) continue;
    const cells: FactRow['cells'] = {};
    const all: Fact[] = [];
    for (const i of g.claimIdx) {
      const c = claims[i];
      const facts = factsOf(g, i).filter((f) => f.kind === g.slot!.kind || (g.slot!.kind === 'role' && (f.kind === 'role' || f.kind === 'organization' || f.kind === 'person')));
      all.push(...facts);
      cells[c.sourceId] = facts.map((f) => {
        const cell: FactRow['cells'][string][number] = { claimId: c.id, text: f.text };
        if (f.value !== undefined) cell.value = f.value;
        if (f.qualifier) cell.qualifier = f.qualifier;
        return cell;
      });
    }
    rows.push({
      eventId: g.eventId,
      key: g.slot.key,
      kind: g.slot.kind,
      label: label(g.slot.key, all),
      cells,
      status: g.claimIdx.length < 2 ? 'single' : judgeGroup(g, ctx, settings).status,
    });
  }
  return rows;
}
