// Mail is configured by the environment and off when unset; links come from APP_URL (docs/deploy.md).
import { describe, expect, it } from "vitest";
import { appLink, mailConfig, mailDomain } from "@/lib/notifications/mail-config";

describe("mailConfig", () => {
  it("is off when neither SMTP_URL nor SMTP_HOST is set", () => {
    expect(
      mailConfig({ MAIL_FROM: "a@b.vn", APP_URL: "https://x.vn" } as unknown as NodeJS.ProcessEnv),
    ).toBeNull();
  });

  it("takes SMTP_URL whole, and APP_URL without its trailing slash", () => {
    expect(
      mailConfig({
        SMTP_URL: "smtp://u:p@smtp.truong.vn:587",
        MAIL_FROM: "Công đoàn <cd@truong.vn>",
        APP_URL: "https://cd.truong.vn/",
      } as unknown as NodeJS.ProcessEnv),
    ).toEqual({
      transport: "smtp://u:p@smtp.truong.vn:587",
      from: "Công đoàn <cd@truong.vn>",
      appUrl: "https://cd.truong.vn",
    });
  });

  it("builds host settings: port 587 by default, TLS from the start on 465, auth only with a user", () => {
    expect(mailConfig({ SMTP_HOST: "smtp.truong.vn" } as unknown as NodeJS.ProcessEnv)?.transport).toEqual({
      host: "smtp.truong.vn",
      port: 587,
      secure: false,
      auth: undefined,
    });
    expect(
      mailConfig({
        SMTP_HOST: "smtp.truong.vn",
        SMTP_PORT: "465",
        SMTP_USER: "cd",
        SMTP_PASS: "bí mật",
      } as unknown as NodeJS.ProcessEnv)?.transport,
    ).toEqual({ host: "smtp.truong.vn", port: 465, secure: true, auth: { user: "cd", pass: "bí mật" } });
  });

  it("links to APP_URL + path, or the path alone; Message-IDs use the sender's domain", () => {
    expect(appLink("/me/emulation", { appUrl: "https://cd.truong.vn" })).toBe(
      "https://cd.truong.vn/me/emulation",
    );
    expect(appLink("/me/emulation", null)).toBe("/me/emulation");
    expect(mailDomain("Công đoàn <cd@truong.vn>")).toBe("truong.vn");
    expect(mailDomain("no address")).toBe("so-cong-doan.local");
  });
});
