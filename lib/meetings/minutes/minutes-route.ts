import "server-only";
// The biên bản downloads (PDF, DOCX) share who may read them and which record: a draft only the
// BCH, the chủ trì and the thư ký (getMinutesDocument scopes it).
import { downloadResponse } from "@/lib/http/download";
import { createRoute, notFoundResponse } from "@/lib/http/route";
import { getMinutesDocument, type MinutesDocument } from "./minutes-document";

type Ctx = { params: Promise<{ id: string }> };

export function minutesRoute(kind: "pdf" | "docx", build: (doc: MinutesDocument) => Promise<Uint8Array>) {
  return createRoute<Ctx>(
    {
      name: `meetings.${kind}`,
      anyOf: ["meetings.read.all", "meetings.read.group", "meetings.read.own"],
      what: "biên bản",
    },
    async (actor, _request, { params }) => {
      const doc = await getMinutesDocument(actor, (await params).id);
      if (!doc) return notFoundResponse("biên bản");
      return downloadResponse(
        await build(doc),
        `bien-ban-${doc.number.replace("/", "-").replace("Đ", "D")}`,
        kind,
      );
    },
  );
}
