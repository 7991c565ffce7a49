// Decides what each valid row does: a new member, an update of a stored one (matched by số thẻ,
// else by họ tên + ngày/năm sinh), nothing (no change), or a match that needs confirming. Pure.
import { changesFor, missingForNew, type StoredMember } from "./changes";
import type { ImportOutcome } from "./columns";
import type { ImportData } from "./validate-row";

export type Candidate = {
  id: string;
  fullName: string;
  cardNumber: string | null;
  dateOfBirth: string | null;
  groupId: string;
};
export type Decided = {
  outcome: ImportOutcome;
  matchId?: string;
  candidates?: Candidate[];
  errors: string[];
};

export const nameKey = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

export function makeMatcher(members: StoredMember[]) {
  const byCard = new Map<string, StoredMember>();
  const byName = new Map<string, StoredMember[]>();
  for (const m of members) {
    if (m.cardNumber) byCard.set(m.cardNumber.toUpperCase(), m);
    const k = nameKey(m.fullName);
    const list = byName.get(k);
    if (list) list.push(m);
    else byName.set(k, [m]);
  }
  const claimed = new Map<string, number>(); // member id → first row that matched it
  const cardRow = new Map<string, number>(); // số thẻ → first row that carries it

  return function decide(rowNo: number, d: ImportData): Decided {
    if (d.cardNumber) {
      const first = cardRow.get(d.cardNumber);
      if (first !== undefined)
        return { outcome: "ERROR", errors: [`Số thẻ ${d.cardNumber} trùng với dòng ${first}.`] };
      cardRow.set(d.cardNumber, rowNo);
    }
    const claim = (m: StoredMember): Decided => {
      const first = claimed.get(m.id);
      if (first !== undefined)
        return { outcome: "ERROR", errors: [`Trùng đoàn viên ${m.fullName} với dòng ${first}.`] };
      claimed.set(m.id, rowNo);
      return { outcome: Object.keys(changesFor(d, m)).length ? "UPDATE" : "SAME", matchId: m.id, errors: [] };
    };
    const byCardHit = d.cardNumber ? byCard.get(d.cardNumber) : undefined;
    if (byCardHit) return claim(byCardHit);

    const sameName = byName.get(nameKey(d.fullName)) ?? [];
    const born = (m: StoredMember) =>
      d.dateOfBirth
        ? m.dateOfBirth === d.dateOfBirth
        : d.birthYear
          ? m.dateOfBirth?.slice(0, 4) === String(d.birthYear)
          : true;
    const found = sameName.filter(born);
    if (found.length === 0) {
      const missing = missingForNew(d);
      return missing.length ? { outcome: "ERROR", errors: missing } : { outcome: "NEW", errors: [] };
    }
    // One match without a card (and, with no birth date in the row, never on the name alone): the same person.
    if (found.length === 1 && !found[0].cardNumber && (d.dateOfBirth || d.birthYear)) return claim(found[0]);
    const candidates = found.slice(0, 10).map((m) => ({
      id: m.id,
      fullName: m.fullName,
      cardNumber: m.cardNumber,
      dateOfBirth: m.dateOfBirth,
      groupId: m.groupId,
    }));
    return { outcome: "AMBIGUOUS", candidates, errors: [] };
  };
}
