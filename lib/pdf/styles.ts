import "server-only";
import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT_STACK } from "./fonts";

// QĐ 933/QĐ-TLĐ: A4, 13–14 pt, margins about 20–25 mm top/bottom/left and 15–20 mm right.
const MM = 72 / 25.4;

export const pdfStyles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT_STACK,
    fontSize: 12,
    lineHeight: 1.35,
    paddingTop: 20 * MM,
    paddingBottom: 20 * MM,
    paddingLeft: 25 * MM,
    paddingRight: 15 * MM,
  },
  landscape: { paddingLeft: 20 * MM, paddingRight: 15 * MM, paddingTop: 15 * MM, paddingBottom: 15 * MM },
  headerRow: { flexDirection: "row", marginBottom: 14, fontSize: 11 },
  headerLeft: { width: "40%", alignItems: "center", textAlign: "center", paddingRight: 4 },
  headerRight: { width: "60%", alignItems: "center", textAlign: "center" },
  upper: { textTransform: "uppercase" },
  bold: { fontWeight: "bold" },
  italic: { fontStyle: "italic" },
  rule: { borderBottomWidth: 0.8, borderBottomColor: "#000", marginTop: 2, marginBottom: 4 },
  title: { fontSize: 14, fontWeight: "bold", textAlign: "center", textTransform: "uppercase", marginTop: 6 },
  subtitle: { fontSize: 13, fontWeight: "bold", textAlign: "center", marginBottom: 10 },
  heading: { fontWeight: "bold", marginTop: 8, marginBottom: 3 },
  paragraph: { textAlign: "justify", marginBottom: 3 },
  signatures: { flexDirection: "row", justifyContent: "space-between", marginTop: 18 },
  signature: { width: "45%", alignItems: "center", textAlign: "center" },
  signatureSpace: { height: 60 },
  recipients: { fontSize: 10, marginTop: 12 },
  pageNumber: {
    position: "absolute",
    bottom: 8 * MM,
    left: 0,
    right: 0,
    textAlign: "center",
    fontSize: 9,
    color: "#444",
  },
  table: {
    borderTopWidth: 0.6,
    borderLeftWidth: 0.6,
    borderRightWidth: 0.6,
    borderColor: "#000",
    marginTop: 4,
    marginBottom: 6,
  },
  tr: { flexDirection: "row" },
  th: {
    borderRightWidth: 0.6,
    borderBottomWidth: 0.6,
    borderColor: "#000",
    padding: 3,
    fontWeight: "bold",
    textAlign: "center",
    fontSize: 10.5,
  },
  td: { borderRightWidth: 0.6, borderBottomWidth: 0.6, borderColor: "#000", padding: 3, fontSize: 10.5 },
});
