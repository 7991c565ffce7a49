import "server-only";
import { Text, View } from "@react-pdf/renderer";
import { pdfStyles as s } from "./styles";

/**
 * One signature: e.g. { lead: "TM. BAN CHẤP HÀNH", title: "CHỦ TỊCH", name: "Trần Thị Thu Hà" },
 * or { title: "THƯ KÝ", name }. The space between is left for the handwritten signature and seal.
 */
export type SignatureSpec = { lead?: string; title: string; name?: string };

/** Signatures side by side; one alone sits on the right, as in union documents. */
export function PdfSignatures({ left, right }: { left?: SignatureSpec; right: SignatureSpec }) {
  // Both blocks get a lead line when either has one, so that the two names sit on one line.
  const leadLine = Boolean(left?.lead || right.lead);
  return (
    <View style={s.signatures} wrap={false}>
      <View style={s.signature}>{left ? <Signature {...left} leadLine={leadLine} /> : null}</View>
      <View style={s.signature}>
        <Signature {...right} leadLine={leadLine} />
      </View>
    </View>
  );
}

function Signature({ lead, title, name, leadLine }: SignatureSpec & { leadLine: boolean }) {
  return (
    <>
      {leadLine ? <Text style={[s.bold, s.upper]}>{lead ?? " "}</Text> : null}
      <Text style={[s.bold, s.upper]}>{title}</Text>
      <View style={s.signatureSpace} />
      <Text style={s.bold}>{name ?? ""}</Text>
    </>
  );
}

/** "Nơi nhận:" at the bottom left. */
export function PdfRecipients({ items }: { items: string[] }) {
  return (
    <View style={s.recipients} wrap={false}>
      <Text style={[s.bold, s.italic]}>Nơi nhận:</Text>
      {items.map((item) => (
        <Text key={item}>- {item}</Text>
      ))}
    </View>
  );
}
