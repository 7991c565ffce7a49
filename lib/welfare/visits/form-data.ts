import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { listProposableMembers, listVisitorOptions, type VisitDetail } from "../queries";
import { listCategories } from "../rates";
import { dongText, type VisitFormValues } from "../schema";

/** The options of the visit form: who may be proposed, the categories, the BCH visitors. */
export async function loadVisitFormOptions(actor: Actor) {
  const [members, categories, visitors] = await Promise.all([
    listProposableMembers(actor),
    listCategories(actor.unitId),
    listVisitorOptions(actor),
  ]);
  return {
    members,
    categories: categories
      .filter((c) => c.kind !== "NOMINATION")
      .map((c) => ({ id: c.id, name: c.name, relativeApplies: c.relativeApplies })),
    visitors,
  };
}

export function emptyVisitForm(memberId = ""): VisitFormValues {
  return {
    memberId,
    categoryId: "",
    relativeName: "",
    relationship: "",
    eventOn: formatDate(clock.today()),
    visitedOn: "",
    amount: "",
    giftInKind: "",
    fund: "UNION_FUND",
    receiptNumber: "",
    note: "",
    visitorIds: [],
    overrideReason: "",
    overrideDecisionRef: "",
    budgetOverrideReason: "",
  };
}

export function visitToForm(v: VisitDetail): VisitFormValues {
  return {
    memberId: v.memberId,
    categoryId: v.categoryId,
    relativeName: v.relativeName ?? "",
    relationship: v.relationship ?? "",
    eventOn: formatDate(v.eventOn),
    visitedOn: formatDate(v.visitedOn),
    amount: dongText(v.amount),
    giftInKind: v.giftInKind ?? "",
    fund: v.fund,
    receiptNumber: v.receiptNumber ?? "",
    note: v.note ?? "",
    visitorIds: v.visitors.map((x) => x.member.id),
    overrideReason: v.overrideReason ?? "",
    overrideDecisionRef: v.overrideDecisionRef ?? "",
    budgetOverrideReason: v.budgetOverrideReason ?? "",
  };
}
