// Anonymous opinions: the sender sees their answer; the BCH never receives the name.
import { beforeAll, describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { answerOpinionAction, sendOpinionAction, startOpinionAction } from "@/lib/opinions/actions";
import { findMyOpinions, findOpinionInbox } from "@/lib/opinions/queries";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("opinions", () => {
  it("never returns the author of an anonymous opinion to the BCH, and shows the sender the answer", async () => {
    const sender = w.people.member;
    actAs(sender.user.id);
    const sent = await sendOpinionAction({
      topic: "Giờ họp chuyên môn",
      body: "Họp chuyên môn thường kéo dài quá giờ.",
      isAnonymous: true,
    });
    expect(sent.ok).toBe(true);
    const id = sent.ok ? sent.data.id : "";
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(audit.actorUserId).toBeNull();

    actAs(w.people.chair.user.id);
    const inbox = await findOpinionInbox((await getActor())!, { status: "", page: 1 });
    const row = inbox!.rows.find((r) => r.id === id)!;
    expect(row.authorName).toBeNull();
    const text = JSON.stringify(inbox);
    expect(text).not.toContain(sender.member.fullName);
    expect(text).not.toContain(sender.member.id);
    expect(await startOpinionAction({ opinionId: id })).toMatchObject({ ok: true });
    expect(
      await answerOpinionAction({ opinionId: id, answer: "BCH đã đề nghị kết thúc họp trước 17 giờ." }),
    ).toMatchObject({ ok: true });
    expect(await answerOpinionAction({ opinionId: id, answer: "Trả lời lần hai" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });

    actAs(sender.user.id);
    const mine = await findMyOpinions((await getActor())!);
    expect(mine.find((o) => o.id === id)).toMatchObject({
      status: "ANSWERED",
      answer: "BCH đã đề nghị kết thúc họp trước 17 giờ.",
      isAnonymous: true,
    });
  });

  it("keeps the inbox to the BCH and the UBKT, and answers to the BCH", async () => {
    actAs(w.people.member.user.id);
    expect(await findOpinionInbox((await getActor())!, { status: "", page: 1 })).toBeNull();
    const o = await db.opinion.create({
      data: { unitId: w.unit.id, topic: "Nước uống", body: "Chưa có bình nước." },
    });
    actAs(w.people.ubkt.user.id);
    expect(await findOpinionInbox((await getActor())!, { status: "", page: 1 })).not.toBeNull();
    expect(await answerOpinionAction({ opinionId: o.id, answer: "Không được trả lời" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });
});
