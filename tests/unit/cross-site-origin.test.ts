// Writes from another site are refused (proxy.ts for server actions, createRoute for uploads).
import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "@/lib/http/origin";

const h = (o: Record<string, string>) => new Headers(o);

describe("isCrossSiteWrite", () => {
  it("refuses a POST whose Origin is another site, or null", () => {
    expect(isCrossSiteWrite("POST", h({ host: "scd.example.vn", origin: "https://evil.example" }))).toBe(
      true,
    );
    expect(isCrossSiteWrite("POST", h({ host: "scd.example.vn", origin: "null" }))).toBe(true);
    expect(
      isCrossSiteWrite(
        "DELETE",
        h({ host: "scd.example.vn", origin: "https://scd.example.vn.evil.example" }),
      ),
    ).toBe(true);
    expect(isCrossSiteWrite("POST", h({ host: "scd.example.vn", "sec-fetch-site": "cross-site" }))).toBe(
      true,
    );
  });

  it("lets through the same site (behind a proxy too), reads, and requests without an Origin", () => {
    expect(isCrossSiteWrite("POST", h({ host: "scd.example.vn", origin: "https://scd.example.vn" }))).toBe(
      false,
    );
    expect(isCrossSiteWrite("POST", h({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(
      false,
    );
    expect(
      isCrossSiteWrite(
        "POST",
        h({ host: "127.0.0.1:3000", "x-forwarded-host": "scd.example.vn", origin: "https://scd.example.vn" }),
      ),
    ).toBe(false);
    expect(isCrossSiteWrite("GET", h({ host: "scd.example.vn", origin: "https://evil.example" }))).toBe(
      false,
    );
    expect(isCrossSiteWrite("POST", h({ host: "scd.example.vn" }))).toBe(false);
  });
});
